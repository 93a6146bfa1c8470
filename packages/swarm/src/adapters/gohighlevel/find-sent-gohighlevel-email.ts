import type { ReconcileVerdict } from '../../ports/outbound-transport.js';
import type { GoHighLevelClient, GoHighLevelMessage } from './gohighlevel-client.js';
import { bodyShowsText, goHighLevelMessageMarker, hasAnyGoHighLevelMarker } from './gohighlevel-message-marker.js';

/** What identifies the email we are looking for. */
export interface SentEmailQuery {
  /** Recipient address: the contact's email. */
  to: string;
  /** Our Message-ID, carried in the HTML body as a marker. */
  messageId: string;
  /** Our plain-text body, for bodies whose HTML comments HighLevel stripped. */
  text: string;
  /** Most recent outbound emails inspected before answering `unknown`. */
  scanLimit: number;
}

function isOutboundEmail(message: GoHighLevelMessage): boolean {
  return message.direction === 'outbound' && (message.messageType === null || message.messageType === 'TYPE_EMAIL');
}

/** The stored body: the listing leaves email bodies out, so ask per message, then per email id. */
async function bodyOf(client: GoHighLevelClient, message: GoHighLevelMessage): Promise<string | null> {
  if (message.body) return message.body;
  const full = await client.getMessage(message.id);
  if (full.body) return full.body;
  const emailId = full.emailMessageIds[0] ?? message.emailMessageIds[0];
  return emailId ? (await client.getEmailMessage(emailId)).body : null;
}

/**
 * Answers "did this email leave?" from HighLevel's records without sending anything (RES-3):
 * contact by email (`GET /contacts/search/duplicate`) → its conversations → their outbound email
 * messages, newest first → each body checked for our Message-ID marker (or, when HighLevel kept
 * no marker at all, for our text). No contact or conversation, or every recent email provably
 * another → `not_delivered`; a match → `delivered` with HighLevel's message id; unreadable bodies
 * or more emails than `scanLimit` → `unknown`. Vendor failures are thrown (the worker retries later).
 */
export async function findSentGoHighLevelEmail(
  client: GoHighLevelClient,
  query: SentEmailQuery,
): Promise<ReconcileVerdict> {
  const contactId = await client.findContactIdByEmail(query.to);
  if (contactId === null) return { status: 'not_delivered' };
  const candidates: GoHighLevelMessage[] = [];
  let complete = true;
  for (const conversationId of await client.findConversationIds(contactId)) {
    const listed = await client.listConversationMessages(conversationId, { type: 'TYPE_EMAIL' });
    complete &&= listed.complete;
    candidates.push(...listed.messages.filter(isOutboundEmail));
  }
  candidates.sort((left, right) => (right.dateAdded ?? '').localeCompare(left.dateAdded ?? ''));
  const marker = goHighLevelMessageMarker(query.messageId);
  let unreadable = 0;
  for (const candidate of candidates.slice(0, query.scanLimit)) {
    const body = await bodyOf(client, candidate);
    if (body === null) unreadable += 1;
    else if (body.includes(marker)) return { status: 'delivered', wireMessageId: candidate.id };
    else if (!hasAnyGoHighLevelMarker(body) && bodyShowsText(body, query.text)) {
      return { status: 'delivered', wireMessageId: candidate.id };
    }
  }
  if (unreadable > 0)
    return { status: 'unknown', reason: `${unreadable} HighLevel email(s) of the contact have no readable body` };
  if (!complete || candidates.length > query.scanLimit) {
    return {
      status: 'unknown',
      reason: `the contact has more than ${query.scanLimit} outbound emails in HighLevel; the search stopped`,
    };
  }
  return { status: 'not_delivered' };
}
