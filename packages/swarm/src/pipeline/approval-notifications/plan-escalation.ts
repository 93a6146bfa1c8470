import { CaioError } from '../../domain/errors.js';
import { defaultApprovalTimeouts, type ApprovalTimeouts } from './approval-timeouts.js';
import { escalationChannels, type EscalationChannel, type EscalationLevel } from './escalation-channels.js';

/** Input of {@link planEscalation}. Instants are `Date`s (UTC). */
export interface EscalationInput {
  /** When the approval was requested. */
  createdAt: Date;
  urgent: boolean;
  now: Date;
  /** Overrides of the SPEC §3.6 defaults (2 h, urgent 30 min). */
  timeouts?: Partial<ApprovalTimeouts>;
}

/** Which escalation is due now and when the next one falls due. */
export interface EscalationPlan {
  level: EscalationLevel;
  /** Channels to notify at this level (cumulative). Empty at level 0. */
  channels: readonly EscalationChannel[];
  /** The timeout that applies (urgent or default), in ms. */
  timeoutMs: number;
  /** When the next level becomes due, or null at level 3. */
  nextLevelAt: Date | null;
}

/**
 * Decides the escalation level of a pending approval (SPEC §3.6: "Timeouts: default 2 h, urgent 30 min;
 * on timeout escalate: level 1 Slack, level 2 Slack + SMS, level 3 Slack + SMS + email"). The SPEC
 * names the levels but not their spacing; we escalate one level per elapsed timeout period: level 1
 * at 1× the timeout, level 2 at 2×, level 3 at 3× (default: 2 h, 4 h, 6 h; urgent: 30, 60, 90 min).
 * A `now` before `createdAt` (clock skew) is level 0. Pure; the caller remembers which levels it
 * already sent so each is sent once.
 *
 * @throws CaioError `input_invalid` for an invalid date or a timeout that is not a positive finite number.
 * @example planEscalation({ createdAt, urgent: false, now: new Date(createdAt.getTime() + 4 * 3_600_000) }).level // 2
 */
export function planEscalation(input: EscalationInput): EscalationPlan {
  const timeouts = { ...defaultApprovalTimeouts, ...input.timeouts };
  const timeoutMs = input.urgent ? timeouts.urgentMs : timeouts.defaultMs;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new CaioError('input_invalid', `Approval timeout must be a positive number of ms, got ${timeoutMs}.`);
  }
  const created = input.createdAt.getTime();
  const now = input.now.getTime();
  if (Number.isNaN(created) || Number.isNaN(now)) {
    throw new CaioError('input_invalid', 'planEscalation needs valid createdAt and now dates.');
  }
  const periods = Math.floor(Math.max(0, now - created) / timeoutMs);
  const level = Math.min(3, periods) as EscalationLevel;
  return {
    level,
    channels: escalationChannels[level],
    timeoutMs,
    nextLevelAt: level === 3 ? null : new Date(created + (level + 1) * timeoutMs),
  };
}
