import type { Mode } from '../../domain/agents.js';
import type { PolicyValidator } from '../../guardrails/action-request.js';
import type { BreakerStateStore } from '../../ports/breaker-state-store.js';
import type { Clock } from '../../ports/clock.js';
import type { AutomationPauseReader } from '../../ports/automation-pause-reader.js';
import type { ContactHistory } from '../../ports/contact-history.js';
import type { ControlFlags } from '../../ports/control-flags.js';
import type { HolidayCalendar } from '../../ports/holiday-calendar.js';
import type { SuppressionRepository } from '../../ports/pipeline-store.js';
import type { RecipientLocaleResolver } from '../../ports/recipient-locale.js';
import type { SendLedger } from '../../ports/send-ledger.js';
import type { OutboundSendPayload } from './outbound-send.js';
import type { SendDecisions } from './send-decisions.js';
import type { SendWindowSettings } from './send-window.js';
import type { SendingMailbox } from './sending-mailboxes.js';
import type { RampSettings } from './supervised-ramp.js';
import { validateChannelRouting } from './validate-channel-routing.js';
import { validateCircuitBreaker } from './validate-circuit-breaker.js';
import { validateAutomationPause } from './validate-automation-pause.js';
import { validateDedup } from './validate-dedup.js';
import { validateExclusionLists, type ExclusionLists } from './validate-exclusion-lists.js';
import { validateKillSwitches } from './validate-kill-switches.js';
import { validateMailboxPick } from './validate-mailbox-pick.js';
import { validateMode } from './validate-mode.js';
import { validateRamp } from './validate-ramp.js';
import { validateSendLimits, type SendLimitSettings } from './validate-send-limits.js';
import { validateSendWindow } from './validate-send-window.js';
import { validateSuppression } from './validate-suppression.js';
import { validateReputation } from './validate-reputation.js';
import type { ReputationStats } from '../../ports/reputation-stats.js';

/** Everything the send policy reads, through ports and resolved config. */
export interface SendPolicyDependencies {
  mode: Mode;
  controlFlags: ControlFlags;
  ramp: RampSettings;
  suppression: Pick<SuppressionRepository, 'suppressedAmong'>;
  exclusions: ExclusionLists;
  contactHistory: ContactHistory;
  /** Automation pauses of leads and threads (out-of-office, a colleague took over; issue 6). */
  pauses: AutomationPauseReader;
  window: SendWindowSettings;
  locales: RecipientLocaleResolver;
  holidays: HolidayCalendar;
  fallbackTimeZone: string | null;
  mailboxes: readonly SendingMailbox[];
  limits: SendLimitSettings;
  ledger: SendLedger;
  breakers: Pick<BreakerStateStore, 'load'>;
  clock: Clock;
  /** EM-6 reputation breakers per sending domain; absent = not checked (unit tests of other rules). */
  reputation?: { stats: ReputationStats };
  /** Shared with the effect, which reads the reserved mailbox and releases it when it does not send. */
  decisions: SendDecisions;
}

/** The reads the policy makes for each send; the batch path swaps in one snapshot per batch. */
export interface SendPolicyReads {
  controlFlags: Pick<ControlFlags, 'read'>;
  suppression: Pick<SuppressionRepository, 'suppressedAmong'>;
  contactHistory: ContactHistory;
  pauses: AutomationPauseReader;
  rampLedger: Pick<SendLedger, 'countSince' | 'firstReservationAt'>;
}

/** The policy around its limits step (the atomic reservation), in SPEC §3.7 order. */
export interface SendPolicyStages {
  /**
   * kill switches → mode → ramp → suppression → automation pauses → exclusions → dedup → routing → window →
   * mailbox pick → reputation.
   */
  beforeLimits: readonly PolicyValidator<OutboundSendPayload>[];
  /** The circuit breaker, which releases the reservation it refuses. */
  afterLimits: readonly PolicyValidator<OutboundSendPayload>[];
}

/**
 * Compiles the stateful steps once (exclusion matchers, the mailbox rotation, reputation, the
 * breaker step) and returns a function that assembles the ordered stages over a given set of
 * {@link SendPolicyReads} — the live ports for one-by-one sends, a batch snapshot for the batch path —
 * so both paths run the same validators in the same order.
 *
 * @throws CaioError `config_invalid` when cold and nurture mailboxes share a domain.
 */
export function createSendPolicyStages(
  dependencies: SendPolicyDependencies,
): (reads: SendPolicyReads) => SendPolicyStages {
  const { clock, decisions, ledger } = dependencies;
  const exclusions = validateExclusionLists(dependencies.exclusions);
  const routing = validateChannelRouting();
  const window = validateSendWindow({
    window: dependencies.window,
    locales: dependencies.locales,
    holidays: dependencies.holidays,
    clock,
    decisions,
    fallbackTimeZone: dependencies.fallbackTimeZone,
  });
  const mailboxPick = validateMailboxPick(dependencies.mailboxes, decisions);
  const reputation = dependencies.reputation
    ? [
        validateReputation({
          stats: dependencies.reputation.stats,
          clock,
          decisions,
          mailboxDaily: dependencies.limits.mailboxDaily,
        }),
      ]
    : [];
  const breaker = validateCircuitBreaker({ breakers: dependencies.breakers, ledger, clock, decisions });
  return (reads) => ({
    beforeLimits: [
      validateKillSwitches(reads.controlFlags),
      validateMode(dependencies.mode, reads.controlFlags),
      validateRamp({ ramp: dependencies.ramp, ledger: reads.rampLedger, clock }),
      validateSuppression(reads.suppression),
      validateAutomationPause({ pauses: reads.pauses, clock, decisions }),
      exclusions,
      validateDedup(reads.contactHistory),
      routing,
      window,
      mailboxPick,
      ...reputation,
    ],
    afterLimits: [breaker],
  });
}

/**
 * The send policy of SPEC §3.7 as the ordered validator list for an effect's `validators` slot:
 * kill switches → mode → ramp → suppression → automation pauses (issue 6) → exclusion lists → dedup → channel routing → send
 * window → mailbox pick → reputation (EM-6) → limits (atomic reservation) → circuit breaker. The gateway stops at the
 * first refusal, so a refusal before the limits step never touches quota, and the breaker step
 * releases what the limits step took.
 *
 * @throws CaioError `config_invalid` when cold and nurture mailboxes share a domain.
 */
export function createSendPolicy(
  dependencies: SendPolicyDependencies,
): readonly PolicyValidator<OutboundSendPayload>[] {
  const { clock, decisions, ledger } = dependencies;
  const stages = createSendPolicyStages(dependencies)({
    controlFlags: dependencies.controlFlags,
    suppression: dependencies.suppression,
    contactHistory: dependencies.contactHistory,
    pauses: dependencies.pauses,
    rampLedger: ledger,
  });
  return [
    ...stages.beforeLimits,
    validateSendLimits({ limits: dependencies.limits, ramp: dependencies.ramp, ledger, clock, decisions }),
    ...stages.afterLimits,
  ];
}
