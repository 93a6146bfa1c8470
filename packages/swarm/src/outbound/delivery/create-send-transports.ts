import { CaioError } from '../../domain/errors.js';
import type { OutboundTransport } from '../../ports/outbound-transport.js';
import type { SendTransports } from './send-worker-dependencies.js';

/**
 * Routes each sending mailbox to the transport of its configured platform (config
 * `outbound.mailboxes[].platform`); a mailbox not listed uses `defaultPlatform`.
 *
 * @throws CaioError `config_invalid` (from `forMailbox`) when the platform has no configured transport.
 */
export function createSendTransports(options: {
  mailboxes: readonly { address: string; platform: string }[];
  transports: readonly OutboundTransport[];
  defaultPlatform?: string;
}): SendTransports {
  const byPlatform = new Map(options.transports.map((transport) => [transport.platform, transport]));
  const platformOf = new Map(options.mailboxes.map((mailbox) => [mailbox.address.toLowerCase(), mailbox.platform]));
  return {
    forMailbox(mailbox) {
      const platform = platformOf.get(mailbox.toLowerCase()) ?? options.defaultPlatform ?? 'smtp';
      const transport = byPlatform.get(platform);
      if (!transport) {
        throw new CaioError(
          'config_invalid',
          `Mailbox ${mailbox} sends via ${platform}, which is not configured; see docs/integrations/${platform}.md.`,
        );
      }
      return transport;
    },
  };
}
