import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import type { Clock } from '../../ports/clock.js';
import type { SendLedger } from '../../ports/send-ledger.js';
import { describeOutboundSend, type OutboundSendPayload } from './outbound-send.js';
import type { SendPolicyRefusal } from './send-policy-refusal.js';
import { isRampSupervised, type RampSettings } from './supervised-ramp.js';

/** What the ramp validator reads. */
export interface RampValidatorDependencies {
  ramp: RampSettings;
  ledger: Pick<SendLedger, 'countSince' | 'firstReservationAt'>;
  clock: Clock;
}

/**
 * SPEC §3.7 step 3, ramp: during the supervised days only the configured tiers are sent
 * (`ramp_tier`) and at most `limitPerDay` per rolling 24 h (`ramp_limit`). The count here is an
 * early answer; the limits reservation enforces the same cap atomically (`SendCaps.rampDaily`).
 */
export function validateRamp(dependencies: RampValidatorDependencies): PolicyValidator<OutboundSendPayload> {
  const { ramp, ledger, clock } = dependencies;
  return async (request: ActionRequest<OutboundSendPayload>): Promise<SendPolicyRefusal | null> => {
    const now = clock.now();
    if (!isRampSupervised(await ledger.firstReservationAt(), now, ramp.supervisedDays)) return null;
    const { tier } = describeOutboundSend(request);
    if (tier === null || !ramp.tiers.includes(tier)) {
      return {
        reasonCode: 'ramp_tier',
        message: `Supervised ramp sends only ${ramp.tiers.join(', ')}; this lead is ${tier ?? 'untiered'} (ramp.tiers).`,
      };
    }
    const sentToday = await ledger.countSince(new Date(now.getTime() - 86_400_000));
    if (sentToday >= ramp.limitPerDay) {
      return {
        reasonCode: 'ramp_limit',
        message: `Supervised ramp allows ${ramp.limitPerDay} sends per 24 h (ramp.limitPerDay).`,
      };
    }
    return null;
  };
}
