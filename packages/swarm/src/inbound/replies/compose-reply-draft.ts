import type { ObjectionType } from '../../threading/index.js';
import type { DraftedIntent } from './reply-action.js';

/** What the template reply needs. Text fields are the prospect's or ours; none is interpreted as markup. */
export interface ReplyDraftInput {
  intent: DraftedIntent;
  /** The prospect's first name, or null. */
  firstName: string | null;
  /** The thread's subject as received (its `Re:` prefixes are normalised away). */
  subject: string;
  /** Our sender's display name. */
  senderName: string;
  /** Booking link offered for a short call, or null. */
  bookingLink: string | null;
  objectionType?: ObjectionType;
}

/** Subject and plain-text body of a reply draft. */
export interface ReplyDraftText {
  subject: string;
  body: string;
}

const objectionLines: Readonly<Record<ObjectionType, string>> = {
  timing: 'Understood that the timing is not right. Would it help if I checked back in a few months?',
  budget: 'Understood on budget. Happy to share how teams like yours phased this in without a big upfront spend.',
  contract: 'Understood that you are under contract. Would it make sense to talk closer to your renewal date?',
  incumbent: 'Understood that you already have a solution in place. Happy to share where teams saw a difference.',
  authority: 'Thanks for letting me know. Who would be the right person to speak with about this?',
  fit: 'Thanks for the candid answer. Could you tell me what would need to be true for this to be a fit?',
  conditional: 'Thanks, that is helpful. Let me check what we can do and come back to you.',
};

function opening(intent: DraftedIntent, objectionType: ObjectionType | undefined): string {
  if (intent === 'question') return 'Thanks for your question. Here is a short answer: [answer the question]';
  if (intent === 'information_request') return 'Happy to send that over. [attach or link the requested material]';
  return objectionType ? objectionLines[objectionType] : 'Thanks for the honest reply, I appreciate it.';
}

/**
 * The deterministic COMMUNICATOR reply used when no language model is configured (issue 6: "a
 * deterministic template reply is fine"). Square-bracketed placeholders tell the approver what to fill in;
 * the draft always goes to a human or the SMART template check before anything is sent (SPEC §3.6).
 * The subject keeps the thread: `Re: <base subject>`, never stacked (threading spec §3.3).
 */
export function composeReplyDraft(input: ReplyDraftInput): ReplyDraftText {
  const base = input.subject.replace(/^\s*((re|aw|sv|antw|ref|rif|fw|fwd|wg|tr)\s*(\[\d+\])?\s*[:：]\s*)+/i, '').trim();
  return { subject: `Re: ${base}`, body: frameReplyBody(input, opening(input.intent, input.objectionType)) };
}

/**
 * The parts of a reply that are always ours, around its middle paragraphs: the greeting, the booking link
 * (when one is configured) and the sign-off. The template and the LLM drafter write only `middle`.
 */
export function frameReplyBody(
  input: Pick<ReplyDraftInput, 'firstName' | 'bookingLink' | 'senderName'>,
  middle: string,
): string {
  const greeting = input.firstName ? `Hi ${input.firstName},` : 'Hi,';
  const call = input.bookingLink ? `\n\nIf a quick call is easier, pick a time here: ${input.bookingLink}` : '';
  return `${greeting}\n\n${middle}${call}\n\nBest,\n${input.senderName}`;
}
