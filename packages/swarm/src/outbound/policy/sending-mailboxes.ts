import { CaioError } from '../../domain/errors.js';
import type { SendStream } from './outbound-send.js';

/** A configured sending account (SPEC §3.7 mailbox rotation). */
export interface SendingMailbox {
  /** The From address, e.g. `ana@outreach.example.com`. */
  address: string;
  /** Cold outreach or nurture; the two never share a sending domain. */
  stream: SendStream;
}

/** The domain of a mailbox address, lower-case. */
export function mailboxDomain(address: string): string {
  return address
    .slice(address.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase();
}

/**
 * Checks the SPEC §3.7 rule "cold outreach and nurture use separate domains" and returns the
 * mailboxes grouped by stream, in configured order.
 *
 * @throws CaioError `config_invalid` when one domain serves both streams or an address has no domain.
 */
export function groupSendingMailboxes(
  mailboxes: readonly SendingMailbox[],
): Readonly<Record<SendStream, readonly string[]>> {
  const streamByDomain = new Map<string, SendStream>();
  const grouped: Record<SendStream, string[]> = { cold: [], nurture: [] };
  for (const mailbox of mailboxes) {
    const domain = mailboxDomain(mailbox.address);
    if (!mailbox.address.includes('@') || domain === '') {
      throw new CaioError('config_invalid', `Sending mailbox "${mailbox.address}" is not an email address.`);
    }
    const other = streamByDomain.get(domain);
    if (other && other !== mailbox.stream) {
      throw new CaioError(
        'config_invalid',
        `Sending domain ${domain} is used for both cold and nurture mail; give each stream its own domain (SPEC §3.7).`,
      );
    }
    streamByDomain.set(domain, mailbox.stream);
    grouped[mailbox.stream].push(mailbox.address.trim().toLowerCase());
  }
  return grouped;
}
