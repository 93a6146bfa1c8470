/**
 * When SCHEDULER stops and hands the thread to a human (specs/scheduling.md §6.9). Pure.
 */
import type { SchedulingConversation } from '../../ports/scheduling-conversation-store.js';

/** At most 5 outbound exchanges without a confirmed booking (SPEC §7, spec §6.9). */
export const maximumExchanges = 5;

/** Days that must hold at least one slot, else escalate (spec §6.9 "no availability in the next 14 days"). */
export const availabilityHorizonDays = 14;

/** Every proposal outside the prospect's preferred hours this many rounds in a row escalates (spec §6.9). */
export const outsidePreferredRoundsLimit = 2;

/** The §6.9 reasons, stable strings for audit and the summary. */
export type EscalationReason =
  | 'exchange-limit'
  | 'no-availability-14-days'
  | 'calendar-degraded'
  | 'timezone-unknown'
  | 'outside-preferred-hours-twice'
  | 'post-write-conflict';

/** True when one more outbound message would exceed the exchange limit. */
export function exchangeLimitReached(conversation: Pick<SchedulingConversation, 'exchangeCount'>): boolean {
  return conversation.exchangeCount >= maximumExchanges;
}

/** The escalation summary: proposals made, replies, and the constraint that kept failing (spec §6.9). */
export function escalationSummary(conversation: SchedulingConversation, reason: EscalationReason): string {
  const lines = [
    `Scheduling with ${conversation.leadEmail} escalated: ${reason}.`,
    `Exchanges: ${conversation.exchangeCount}; prospect zone ${conversation.prospectTimezone}${conversation.timezoneConfirmed ? '' : ' (unconfirmed)'}.`,
    `Last proposals: ${conversation.proposals.join(', ') || 'none'}.`,
    'History:',
    ...conversation.history.map((entry) => `  ${entry.at} ${entry.direction}: ${entry.note}`),
  ];
  return lines.join('\n');
}
