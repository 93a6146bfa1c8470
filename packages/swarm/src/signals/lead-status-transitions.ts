import type { LeadStatus } from '../domain/lead.js';
import { terminalLeadStatuses } from '../domain/lead.js';

/**
 * The events (reasons) that drive lead status changes. A reason is recorded with every transition
 * (timeline, audit); for non-terminal statuses it is informative, for the two documented exits from a
 * terminal status it is the key that unlocks the move (see {@link transitionLeadStatus}).
 */
export const leadTransitionReasons = [
  'enrich',
  're_import',
  'score',
  'disqualify',
  'stage_failed',
  'craft',
  'request_approval',
  'guard_blocked',
  'approve',
  'reject',
  'approval_expired',
  'edit_reopen',
  'enqueue_send',
  'send',
  'send_failed',
  'follow_up_sent',
  'open',
  'click',
  'reply',
  'reply_negative',
  'meeting_booked',
  'meeting_cancelled',
  'decay_ghosted',
  'decay_stalled',
  'decay_hesitant',
  'revival',
  'revival_sent',
  'bounce',
  'reverse_bounce',
  'unsubscribe',
] as const;
export type LeadTransitionReason = (typeof leadTransitionReasons)[number];

/** One allowed move: the target status and the events that may drive it. */
export interface LeadStatusMove {
  to: LeadStatus;
  reasons: readonly LeadTransitionReason[];
}

const engagedInbound: readonly LeadStatusMove[] = [
  { to: 'opened', reasons: ['open'] },
  { to: 'clicked', reasons: ['click'] },
  { to: 'replied', reasons: ['reply'] },
  { to: 'not_interested', reasons: ['reply_negative'] },
  { to: 'meeting_booked', reasons: ['meeting_booked'] },
];
const exits: readonly LeadStatusMove[] = [
  { to: 'bounced', reasons: ['bounce'] },
  { to: 'unsubscribed', reasons: ['unsubscribe'] },
];
const beforeSendExits: readonly LeadStatusMove[] = [
  { to: 'disqualified', reasons: ['disqualify'] },
  { to: 'unsubscribed', reasons: ['unsubscribe'] },
];
const followUp: LeadStatusMove = { to: 'sent', reasons: ['follow_up_sent', 'send'] };
const revival: LeadStatusMove = { to: 'revival_candidate', reasons: ['revival'] };

/**
 * The lead status machine of SPEC §4 as data: for every one of the 21 statuses, the statuses it may
 * move to and the events that drive each move. Anything not listed is illegal.
 *
 * Decisions (documented here because the spec leaves them open):
 * - The pipeline re-processes `new|enriched|scored|disqualified|drafted` leads on every run
 *   (`pipelineStatuses` in `pipeline/run/working-lead.ts`) and enrichment always writes `enriched`,
 *   so `scored|drafted → enriched` (reason `re_import`) are legal, and so is
 *   `disqualified → enriched` — an exit from that terminal status, allowed ONLY with reason
 *   `re_import`: a re-run re-scores a disqualified lead (the ICP or its data may have changed).
 * - `bounced → sent` is the human bounce reversal (SPEC §4 "a human can reverse a bounce
 *   classification"), allowed ONLY with reason `reverse_bounce`.
 * - `unsubscribed` has no exit at all.
 * - A pipeline stage that fails for one lead writes back the status the lead had when the run
 *   loaded it (`item.lead.status` in `pipeline/run/*-chunk.ts`), so `enriched|scored|drafted` may
 *   return to `new|scored|disqualified|drafted` with reason `stage_failed`; and when enrichment
 *   fails for a lead it is still segmented, so `new|drafted|disqualified → scored` happen too.
 *   Exits from `disqualified` (`→ enriched`, `→ scored`) need reason `re_import`.
 * - Staying in the same status is a no-op, always allowed (replayed events, a second open, a
 *   pipeline stage that failed for a lead and re-writes its status).
 */
export const leadStatusTransitions: Readonly<Record<LeadStatus, readonly LeadStatusMove[]>> = {
  new: [
    { to: 'enriched', reasons: ['enrich'] },
    { to: 'scored', reasons: ['score'] },
    { to: 'disqualified', reasons: ['score', 'disqualify'] },
    { to: 'unsubscribed', reasons: ['unsubscribe'] },
  ],
  enriched: [
    { to: 'scored', reasons: ['score'] },
    { to: 'disqualified', reasons: ['score', 'disqualify', 'stage_failed'] },
    { to: 'drafted', reasons: ['craft', 'stage_failed'] },
    { to: 'new', reasons: ['stage_failed'] },
    { to: 'unsubscribed', reasons: ['unsubscribe'] },
  ],
  scored: [
    { to: 'drafted', reasons: ['craft', 'stage_failed'] },
    { to: 'enriched', reasons: ['re_import', 'enrich'] },
    { to: 'disqualified', reasons: ['score', 'disqualify', 'stage_failed'] },
    { to: 'new', reasons: ['stage_failed'] },
    { to: 'unsubscribed', reasons: ['unsubscribe'] },
  ],
  drafted: [
    { to: 'pending_approval', reasons: ['request_approval'] },
    { to: 'enriched', reasons: ['re_import', 'enrich'] },
    { to: 'scored', reasons: ['score', 'stage_failed'] },
    { to: 'disqualified', reasons: ['score', 'disqualify', 'stage_failed'] },
    { to: 'new', reasons: ['stage_failed'] },
    { to: 'unsubscribed', reasons: ['unsubscribe'] },
  ],
  pending_approval: [
    { to: 'approved', reasons: ['approve'] },
    { to: 'scored', reasons: ['reject'] },
    { to: 'drafted', reasons: ['approval_expired', 'guard_blocked'] },
    ...beforeSendExits,
  ],
  approved: [
    { to: 'queued', reasons: ['enqueue_send'] },
    { to: 'sent', reasons: ['send'] },
    { to: 'pending_approval', reasons: ['edit_reopen'] },
    ...beforeSendExits,
  ],
  queued: [{ to: 'sent', reasons: ['send'] }, { to: 'approved', reasons: ['send_failed'] }, ...exits],
  sent: [
    ...engagedInbound,
    { to: 'ghosted', reasons: ['decay_ghosted'] },
    { to: 'stalled', reasons: ['decay_stalled'] },
    ...exits,
  ],
  opened: [
    ...engagedInbound.filter((move) => move.to !== 'opened'),
    { to: 'stalled', reasons: ['decay_stalled'] },
    { to: 'hesitant', reasons: ['decay_hesitant'] },
    followUp,
    ...exits,
  ],
  clicked: [
    ...engagedInbound.filter((move) => move.to !== 'opened' && move.to !== 'clicked'),
    { to: 'stalled', reasons: ['decay_stalled'] },
    { to: 'hesitant', reasons: ['decay_hesitant'] },
    followUp,
    ...exits,
  ],
  replied: [
    { to: 'meeting_booked', reasons: ['meeting_booked'] },
    { to: 'not_interested', reasons: ['reply_negative'] },
    revival,
    followUp,
    { to: 'unsubscribed', reasons: ['unsubscribe'] },
  ],
  meeting_booked: [
    { to: 'replied', reasons: ['meeting_cancelled'] },
    { to: 'not_interested', reasons: ['reply_negative'] },
    revival,
    { to: 'unsubscribed', reasons: ['unsubscribe'] },
  ],
  not_interested: [revival, { to: 'replied', reasons: ['reply'] }, { to: 'unsubscribed', reasons: ['unsubscribe'] }],
  ghosted: [...engagedInbound, revival, followUp, ...exits],
  stalled: [...engagedInbound, { to: 'hesitant', reasons: ['decay_hesitant'] }, revival, followUp, ...exits],
  hesitant: [
    ...engagedInbound.filter((move) => move.to !== 'opened'),
    { to: 'stalled', reasons: ['decay_stalled'] },
    revival,
    followUp,
    ...exits,
  ],
  revival_candidate: [
    { to: 'revival_sent', reasons: ['revival_sent'] },
    ...engagedInbound.filter((move) => move.to === 'replied' || move.to === 'meeting_booked'),
    { to: 'unsubscribed', reasons: ['unsubscribe'] },
  ],
  revival_sent: [
    ...engagedInbound,
    { to: 'ghosted', reasons: ['decay_ghosted'] },
    { to: 'stalled', reasons: ['decay_stalled'] },
    ...exits,
  ],
  bounced: [{ to: 'sent', reasons: ['reverse_bounce'] }],
  unsubscribed: [],
  disqualified: [
    { to: 'enriched', reasons: ['re_import'] },
    { to: 'scored', reasons: ['re_import'] },
  ],
};

/** The outcome of {@link transitionLeadStatus}. */
export type LeadStatusTransitionResult = { ok: true } | { ok: false; reason: 'illegal_transition' | 'terminal' };

/**
 * Decides whether a lead may move from `current` to `next` (SPEC §4 status machine,
 * {@link leadStatusTransitions}). Pure; records nothing.
 *
 * - `current === next` → `{ ok: true }` (a no-op).
 * - From a terminal status (bounced, unsubscribed, disqualified) only the listed exits are legal,
 *   and only with one of their listed reasons; anything else → `{ ok: false, reason: 'terminal' }`.
 * - From any other status, a listed target is legal whatever the reason (the reason is recorded,
 *   not enforced, so new event sources need no table change); an unlisted one →
 *   `{ ok: false, reason: 'illegal_transition' }`.
 */
export function transitionLeadStatus(
  current: LeadStatus,
  next: LeadStatus,
  reason: LeadTransitionReason | string,
): LeadStatusTransitionResult {
  if (current === next) return { ok: true };
  const move = leadStatusTransitions[current].find((candidate) => candidate.to === next);
  if (terminalLeadStatuses.has(current)) {
    return move && (move.reasons as readonly string[]).includes(reason)
      ? { ok: true }
      : { ok: false, reason: 'terminal' };
  }
  return move ? { ok: true } : { ok: false, reason: 'illegal_transition' };
}
