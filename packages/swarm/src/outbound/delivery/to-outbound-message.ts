import type { OutboundMessage } from '../../ports/outbound-transport.js';
import type { DeliveryRecord } from '../../ports/outbox-delivery-store.js';
import type { OutboxMessage } from '../../ports/pipeline-store.js';

/** The body of an RFC 5322 source: everything after the first empty line. */
function bodyOf(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  return split === -1 ? raw : raw.slice(split + 4);
}

/**
 * What a transport receives for an outbox row: the rendered source for SMTP, the plain text and
 * lead fields for vendor APIs. `from` is the mailbox the send policy reserved.
 */
export function toOutboundMessage(record: DeliveryRecord, message: OutboxMessage = record.message): OutboundMessage {
  const { lead, draft } = record;
  return {
    outboxId: message.id,
    idempotencyKey: message.idempotencyKey,
    channel: message.channel,
    messageId: message.messageId,
    from: message.mailbox,
    to: message.channel === 'linkedin' ? (lead.linkedinUrl ?? message.recipient) : message.recipient,
    subject: message.subject,
    text: draft ? (draft.edited.body ?? draft.body) : bodyOf(message.raw),
    raw: message.raw,
    sequenceStep: message.sequenceStep,
    inReplyTo: message.inReplyTo,
    references: message.references,
    lead: {
      id: lead.id,
      email: lead.email,
      firstName: lead.firstName,
      lastName: lead.lastName,
      companyName: lead.companyName,
      linkedinUrl: lead.linkedinUrl,
    },
  };
}
