import type { LeadStatus } from '../domain/lead.js';
import { transitionLeadStatus, type LeadTransitionReason } from './lead-status-transitions.js';

const hourMs = 3_600_000;
/** SPEC §4: "sent ≥ 72 h with no open → ghosted". */
export const ghostedAfterMs = 72 * hourMs;
/** SPEC §4: "opened, then 7 days with no reply → stalled" (and, without open data, 7 days after the last touch). */
export const stalledAfterMs = 7 * 24 * hourMs;
/** SPEC §4: "≥ 2 opens and no reply → hesitant". */
export const hesitantOpens = 2;

/** What the decay rules read about one lead. All instants are UTC `Date`s; null = never happened. */
export interface DecayLead {
  id: string;
  status: LeadStatus;
  /** The last outbound message that left (any channel). */
  lastSentAt: Date | null;
  /** The first tracked open of our messages. */
  firstOpenAt: Date | null;
  /** How many tracked opens. */
  opens: number;
  /** The last inbound reply. */
  lastReplyAt: Date | null;
  /** The last outbound touch (message, connection request…) on any channel. */
  lastTouchAt: Date | null;
  /** False where the channel gives no open data (SMTP by default: open tracking off). */
  channelHasOpenData: boolean;
}

/** One transition the decay rules want, with the rule that fired. */
export interface DecayTransition {
  leadId: string;
  from: LeadStatus;
  to: 'ghosted' | 'stalled' | 'hesitant';
  reason: Extract<LeadTransitionReason, 'decay_ghosted' | 'decay_stalled' | 'decay_hesitant'>;
  /** Human-readable: which SPEC §4 rule and the measured age. */
  detail: string;
}

const awaitingOpen: ReadonlySet<LeadStatus> = new Set(['sent', 'revival_sent']);
const awaitingReply: ReadonlySet<LeadStatus> = new Set(['opened', 'clicked', 'hesitant']);
const awaitingReplyWithoutOpenData: ReadonlySet<LeadStatus> = new Set(['sent', 'revival_sent', 'clicked']);

function repliedSince(lead: DecayLead, since: Date): boolean {
  return lead.lastReplyAt !== null && lead.lastReplyAt.getTime() >= since.getTime();
}

function hours(ms: number): string {
  return `${Math.floor(ms / hourMs)} h`;
}

function decayOf(lead: DecayLead, now: Date): Omit<DecayTransition, 'leadId' | 'from'> | null {
  const at = now.getTime();
  if (!lead.channelHasOpenData) {
    // Without open data only the reply-based rule applies (SPEC §4).
    if (!awaitingReplyWithoutOpenData.has(lead.status) || !lead.lastTouchAt) return null;
    const age = at - lead.lastTouchAt.getTime();
    if (age < stalledAfterMs || repliedSince(lead, lead.lastTouchAt)) return null;
    return {
      to: 'stalled',
      reason: 'decay_stalled',
      detail: `no reply ${hours(age)} after the last touch (no open data)`,
    };
  }
  if (awaitingOpen.has(lead.status) && lead.lastSentAt && lead.opens === 0 && !lead.firstOpenAt) {
    const age = at - lead.lastSentAt.getTime();
    if (age >= ghostedAfterMs && !repliedSince(lead, lead.lastSentAt))
      return { to: 'ghosted', reason: 'decay_ghosted', detail: `no open ${hours(age)} after send` };
    return null;
  }
  if (!awaitingReply.has(lead.status) || !lead.firstOpenAt) return null;
  if (repliedSince(lead, lead.firstOpenAt)) return null;
  const sinceOpen = at - lead.firstOpenAt.getTime();
  // Stalled outranks hesitant: a lead that opened twice and then went quiet for 7 days has stalled.
  if (sinceOpen >= stalledAfterMs)
    return { to: 'stalled', reason: 'decay_stalled', detail: `no reply ${hours(sinceOpen)} after first open` };
  if (lead.opens >= hesitantOpens && lead.status === 'opened')
    return { to: 'hesitant', reason: 'decay_hesitant', detail: `${lead.opens} opens, no reply` };
  return null;
}

/**
 * The SPEC §4 decay rules, pure (run daily and on demand by `caio decay`):
 * - `sent|revival_sent`, sent ≥ 72 h ago ({@link ghostedAfterMs}) with no open → `ghosted`;
 * - `opened|clicked|hesitant`, first open ≥ 7 days ago ({@link stalledAfterMs}) with no reply since → `stalled`;
 * - `opened`, ≥ 2 opens and no reply → `hesitant` (a click already shows more than hesitation);
 * - where the channel has no open data only the reply rule applies: `sent|revival_sent|clicked`,
 *   ≥ 7 days after the last touch with no reply since → `stalled` (never ghosted or hesitant).
 * A reply counts when it is at or after the rule's reference instant. Thresholds are inclusive
 * (exactly 72 h decays). Only moves legal under {@link transitionLeadStatus} are returned; a lead in any
 * other status yields nothing.
 *
 * @param input.now the current instant (UTC).
 * @returns the transitions to apply, in input order.
 */
export function findDecayedLeads(input: { now: Date; leads: readonly DecayLead[] }): DecayTransition[] {
  const transitions: DecayTransition[] = [];
  for (const lead of input.leads) {
    const decay = decayOf(lead, input.now);
    if (!decay || decay.to === lead.status) continue;
    if (!transitionLeadStatus(lead.status, decay.to, decay.reason).ok) continue;
    transitions.push({ leadId: lead.id, from: lead.status, ...decay });
  }
  return transitions;
}
