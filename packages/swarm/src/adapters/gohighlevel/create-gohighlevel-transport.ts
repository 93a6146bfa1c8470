import { CaioError, isCaioError } from '../../domain/errors.js';
import type { OutboundTransport } from '../../ports/outbound-transport.js';
import { findSentGoHighLevelEmail } from './find-sent-gohighlevel-email.js';
import type { GoHighLevelClient } from './gohighlevel-client.js';
import { renderGoHighLevelEmailHtml } from './render-gohighlevel-email-html.js';

/** Settings of {@link createGoHighLevelTransport}. */
export interface GoHighLevelTransportSettings {
  client: GoHighLevelClient;
  /**
   * Sender used when the message carries no `from` (config `gohighlevel.emailFrom`); it must be a
   * sender HighLevel may use for the location. The send policy's mailbox (`message.from`) wins.
   */
  emailFrom?: string;
  /** Most recent outbound emails of the contact `reconcile` inspects before answering `unknown`. Default 25. */
  reconcileScanLimit?: number;
}

/**
 * The upsert ran before anything was sent, so even its timeout proves the email did not leave:
 * report it as a retryable failure rather than an ambiguous one (ports/outbound-transport.ts).
 */
function notSentYet(error: unknown): unknown {
  if (!isCaioError(error) || (error.code !== 'timeout' && error.details['outcomeUnknown'] !== true)) return error;
  return new CaioError('vendor_error', `${error.message} (contact upsert; the email was not sent)`, {
    cause: error,
    retryable: true,
    details: { ...error.details, outcomeUnknown: false, stage: 'upsert_contact' },
  });
}

/**
 * The GoHighLevel way out for the nurture stream (SPEC §3.7, platform `gohighlevel`, channel
 * `email`): `deliver` upserts the recipient as a contact (idempotent by email), then sends the
 * approved subject and body once through the contact's conversation (`POST /conversations/messages`,
 * type `Email`); `wireMessageId` is HighLevel's message id. Our Message-ID rides in the HTML body as
 * an invisible marker, because HighLevel's send call cannot set headers; `reconcile` looks for it
 * (see `findSentGoHighLevelEmail`). HighLevel composes the MIME message itself, so `raw`, our
 * List-Unsubscribe headers and In-Reply-To are not carried: unsubscribe handling is HighLevel's
 * own (docs/integrations/gohighlevel.md).
 *
 * @throws CaioError from `deliver`: `input_invalid` (not email, no recipient), then the client's
 *   `permission_denied`, `rate_limited`, `vendor_error` (5xx retryable; `details.outcomeUnknown`
 *   when the send may have happened), `timeout` (always ambiguous) or `circuit_open`.
 * @example
 * const transport = createGoHighLevelTransport({ client: ghl, emailFrom: 'nurture@news.example.com' });
 */
export function createGoHighLevelTransport(settings: GoHighLevelTransportSettings): OutboundTransport {
  const { client } = settings;
  const scanLimit = settings.reconcileScanLimit ?? 25;
  return {
    platform: 'gohighlevel',
    channel: 'email',
    async deliver(message, signal) {
      if (message.channel !== 'email' || !message.to.trim()) {
        throw new CaioError('input_invalid', 'GoHighLevel sends nurture email only and needs a recipient address.', {
          details: { outboxId: message.outboxId, channel: message.channel },
        });
      }
      const contact = await client
        .upsertContact(
          {
            email: message.to,
            firstName: message.lead.firstName,
            lastName: message.lead.lastName,
            companyName: message.lead.companyName,
          },
          signal,
        )
        .catch((error: unknown) => {
          throw notSentYet(error);
        });
      const emailFrom = message.from.trim() || settings.emailFrom;
      const sent = await client.sendEmail(
        {
          contactId: contact.contactId,
          subject: message.subject,
          text: message.text,
          html: renderGoHighLevelEmailHtml(message.text, message.messageId),
          ...(emailFrom ? { emailFrom } : {}),
        },
        signal,
      );
      return { wireMessageId: sent.messageId };
    },
    reconcile: (message) =>
      findSentGoHighLevelEmail(client, { to: message.to, messageId: message.messageId, text: message.text, scanLimit }),
  };
}
