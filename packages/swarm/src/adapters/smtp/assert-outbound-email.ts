import { CaioError } from '../../domain/errors.js';
import type { OutboundMessage } from '../../ports/outbound-transport.js';
import { assertSingleLine } from '../mime/assert-single-line.js';
import { envelopeAddress } from './envelope-address.js';
import { readHeaderValues } from './read-header-values.js';

const addrSpec = /^[^\s@<>]+@[^\s@<>]+$/;

/**
 * Checks an outbox message before the SMTP transport opens a connection, so a bad row fails as
 * `input_invalid` (never retried) and nothing leaves:
 * - the channel is `email`;
 * - From, To and the Message-ID are single-line (INJ-8, specs/security.md) and the envelope
 *   addresses are plain addr-specs;
 * - `raw` carries exactly one `Message-ID` header and it equals `message.messageId`, because the
 *   transport reports that id as the wire id and threading relies on it (threading spec §3.1).
 *
 * @returns the envelope `{ from, to }` as bare addresses.
 * @throws CaioError `input_invalid` naming what is wrong.
 */
export function assertOutboundEmail(message: OutboundMessage): { from: string; to: string } {
  if (message.channel !== 'email') {
    throw new CaioError('input_invalid', `The SMTP transport sends email only, not ${message.channel}.`, {
      details: { outboxId: message.outboxId },
    });
  }
  assertSingleLine('From', message.from);
  assertSingleLine('To', message.to);
  assertSingleLine('Message-ID', message.messageId);
  const from = envelopeAddress(message.from);
  const to = envelopeAddress(message.to);
  for (const [field, address] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!addrSpec.test(address)) {
      throw new CaioError(
        'input_invalid',
        `Outbox ${field} "${address}" is not an email address; fix the lead or mailbox.`,
        {
          details: { outboxId: message.outboxId, field },
        },
      );
    }
  }
  const messageIds = readHeaderValues(message.raw, 'Message-ID');
  if (messageIds.length !== 1 || messageIds[0] !== message.messageId) {
    throw new CaioError(
      'input_invalid',
      `Outbox raw source must carry exactly one Message-ID equal to ${message.messageId} (found ${messageIds.join(', ') || 'none'}); re-render the message.`,
      { details: { outboxId: message.outboxId, field: 'raw' } },
    );
  }
  return { from, to };
}
