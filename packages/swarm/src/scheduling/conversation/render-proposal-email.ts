/**
 * The proposal email of specs/scheduling.md §6.6: 1–5 numbered times in the prospect's zone with city and
 * offset, the host's time in parentheses when the zones differ, and the exact instants in a hidden header
 * so that "the second one" maps back to an instant.
 */
import { parseInstant } from '../instant-parsing.js';
import { formatHostTime, formatProspectTime } from './format-prospect-time.js';

/** The hidden header carrying the proposal instants, comma-separated ISO-8601 UTC, in display order. */
export const proposalsHeaderName = 'X-Caio-Proposals';

/** Why these times are being proposed; changes only the opening line. */
export type ProposalEmailReason = 'initial' | 'suggested' | 'alternatives' | 'declined' | 'clarify' | 'reschedule';

/** Input of {@link renderProposalEmail}. Instants are ISO-8601 UTC. */
export interface ProposalEmailInput {
  /** Proposal start instants, ascending, 1–5 of them. */
  starts: string[];
  durationMinutes: number;
  prospectTimezone: string;
  hostTimezone: string;
  reason: ProposalEmailReason;
  prospectFirstName?: string;
  /** Subject of the thread; replies keep it with a `Re:` prefix. */
  threadSubject?: string;
  /** Set when the prospect's pick was not available: shown before the alternatives. */
  rejectedPickLabel?: string;
}

/** The rendered message parts. */
export interface ProposalEmail {
  subject: string;
  text: string;
  headers: Record<string, string>;
}

const openings: Record<ProposalEmailReason, string> = {
  initial: 'Happy to find a time. Would one of these work for you?',
  suggested: 'Happy to find a time. These fit what you suggested; would one of them work for you?',
  alternatives: 'Here are the nearest times that are still open:',
  declined: 'No problem, here are some other options:',
  clarify: 'Just to be sure I book the right time, could you pick one of these (a number is fine)?',
  reschedule: 'Of course, let us find a new time. Would one of these work?',
};

/**
 * Renders the proposal email.
 * @throws CaioError never; an unreadable start instant is skipped (callers pass engine output)
 */
export function renderProposalEmail(input: ProposalEmailInput): ProposalEmail {
  const lines: string[] = [];
  lines.push(input.prospectFirstName ? `Hi ${input.prospectFirstName},` : 'Hi,', '');
  if (input.rejectedPickLabel) lines.push(`Unfortunately ${input.rejectedPickLabel} is no longer available.`);
  lines.push(openings[input.reason], '');
  const showHost = input.hostTimezone !== input.prospectTimezone;
  input.starts.forEach((start, index) => {
    const instant = parseInstant(start);
    if (instant === undefined) return;
    const hostPart = showHost ? ` (${formatHostTime(input.hostTimezone, instant)} for us)` : '';
    lines.push(`  ${index + 1}. ${formatProspectTime(input.prospectTimezone, instant)}${hostPart}`);
  });
  lines.push('', `Each slot is ${input.durationMinutes} minutes. Just reply with the number or a time that suits you.`);
  const subject = input.threadSubject ? `Re: ${input.threadSubject.replace(/^re:\s*/i, '')}` : 'Finding a time to talk';
  return { subject, text: lines.join('\n'), headers: { [proposalsHeaderName]: input.starts.join(',') } };
}
