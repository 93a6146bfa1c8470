import { defaultApprovalTimeouts, type ApprovalTimeouts } from './approval-timeouts.js';
import type { EscalationChannel } from './escalation-channels.js';
import { planEscalation } from './plan-escalation.js';

/** One approval still waiting for a decision. */
export interface PendingEscalationApproval {
  approvalId: string;
  /** When the approval was requested (UTC). */
  createdAt: Date;
  urgent: boolean;
}

/** An escalation notification that is due and was not sent yet. */
export interface DueEscalation {
  approvalId: string;
  level: 1 | 2 | 3;
  /** Cumulative channels of this level (SPEC §3.6). */
  channels: readonly EscalationChannel[];
  /** Claim it before sending so each (approval, level) is sent once: {@link escalationOnceKey}. */
  onceKey: string;
}

/** Input of {@link escalatePendingApprovals}. */
export interface EscalationRound {
  now: Date;
  pending: readonly PendingEscalationApproval[];
  /** Once-keys of escalations already sent ({@link escalationOnceKey}). */
  alreadySent: ReadonlySet<string>;
  /** Overrides of the SPEC §3.6 defaults (2 h, urgent 30 min), in ms. */
  timeouts?: Partial<ApprovalTimeouts>;
}

/** What one escalation round must do. */
export interface EscalationRoundResult {
  notifications: DueEscalation[];
  /** Approvals whose last escalation period ran out: record them as `expired` (never as rejected). */
  expired: string[];
}

/** The once-key of one escalation level of one approval: `escalation:<approvalId>:<level>`. */
export function escalationOnceKey(approvalId: string, level: 1 | 2 | 3): string {
  return `escalation:${approvalId}:${level}`;
}

/**
 * Decides one escalation round (SPEC §3.6 "Timeouts"): for each pending approval, the level due now
 * per {@link planEscalation} (one level per elapsed timeout: 2/4/6 h, urgent 30/60/90 min) unless
 * that level was already sent. Only the current level is sent — channels are cumulative, so a
 * missed lower level (the job was down) is covered by the higher one. Once a fourth period has
 * elapsed after creation (8 h, urgent 2 h: level 3 had its full period), the approval expires
 * instead; SPEC §3.6 says "a timeout is recorded as `expired`, never as a rejection". Pure.
 *
 * @throws CaioError `input_invalid` from {@link planEscalation} for invalid dates or timeouts.
 */
export function escalatePendingApprovals(round: EscalationRound): EscalationRoundResult {
  const timeouts = { ...defaultApprovalTimeouts, ...round.timeouts };
  const result: EscalationRoundResult = { notifications: [], expired: [] };
  for (const approval of round.pending) {
    const plan = planEscalation({ createdAt: approval.createdAt, urgent: approval.urgent, now: round.now, timeouts });
    const expiresAt = approval.createdAt.getTime() + 4 * plan.timeoutMs;
    if (round.now.getTime() >= expiresAt) {
      result.expired.push(approval.approvalId);
      continue;
    }
    if (plan.level === 0) continue;
    const onceKey = escalationOnceKey(approval.approvalId, plan.level);
    if (round.alreadySent.has(onceKey)) continue;
    result.notifications.push({ approvalId: approval.approvalId, level: plan.level, channels: plan.channels, onceKey });
  }
  return result;
}
