import type { Mode } from '../../domain/agents.js';
import type { PolicyValidator } from '../../guardrails/action-request.js';
import type { BreakerStateStore } from '../../ports/breaker-state-store.js';
import type { Clock } from '../../ports/clock.js';
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

/**
 * The send policy of SPEC §3.7 as the ordered validator list for an effect's `validators` slot:
 * kill switches → mode → ramp → suppression → exclusion lists → dedup → channel routing → send
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
  return [
    validateKillSwitches(dependencies.controlFlags),
    validateMode(dependencies.mode, dependencies.controlFlags),
    validateRamp({ ramp: dependencies.ramp, ledger, clock }),
    validateSuppression(dependencies.suppression),
    validateExclusionLists(dependencies.exclusions),
    validateDedup(dependencies.contactHistory),
    validateChannelRouting(),
    validateSendWindow({
      window: dependencies.window,
      locales: dependencies.locales,
      holidays: dependencies.holidays,
      clock,
      decisions,
      fallbackTimeZone: dependencies.fallbackTimeZone,
    }),
    validateMailboxPick(dependencies.mailboxes, decisions),
    ...(dependencies.reputation
      ? [
          validateReputation({
            stats: dependencies.reputation.stats,
            clock,
            decisions,
            mailboxDaily: dependencies.limits.mailboxDaily,
          }),
        ]
      : []),
    validateSendLimits({ limits: dependencies.limits, ramp: dependencies.ramp, ledger, clock, decisions }),
    validateCircuitBreaker({ breakers: dependencies.breakers, ledger, clock, decisions }),
  ];
}
