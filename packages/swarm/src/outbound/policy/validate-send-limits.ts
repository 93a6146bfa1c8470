import type { SendCaps } from '../../domain/send-caps.js';
import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import type { Clock } from '../../ports/clock.js';
import type { SendLedger } from '../../ports/send-ledger.js';
import { describeOutboundSend, type OutboundSendPayload } from './outbound-send.js';
import type { SendDecisions } from './send-decisions.js';
import type { SendPolicyRefusal } from './send-policy-refusal.js';
import { isRampSupervised, type RampSettings } from './supervised-ramp.js';

/** The `limits:` config section (SPEC §3.7, EM-7): deployment, recipient-domain and mailbox caps. */
export type SendLimitSettings = Omit<SendCaps, 'rampDaily'>;

/** What the limits validator reads. */
export interface SendLimitsValidatorDependencies {
  limits: SendLimitSettings;
  ramp: RampSettings;
  ledger: SendLedger;
  clock: Clock;
  decisions: SendDecisions;
}

/**
 * SPEC §3.7 step 10, limits as ONE atomic reservation (EM-7): monthly, daily, hourly, per recipient
 * domain per hour, per-mailbox spacing and daily cap, and — during the supervised ramp — the ramp's
 * daily cap, all checked and taken in one step by the {@link SendLedger}. Tries the picked mailbox
 * first, then the rotation's fallbacks. The reservation is noted in {@link SendDecisions}; a later
 * refusal or a failed effect must `release` it. A refusal here took nothing. Must run after the
 * mailbox pick (a request without mailboxes is refused `no_mailbox`).
 */
export function validateSendLimits(
  dependencies: SendLimitsValidatorDependencies,
): PolicyValidator<OutboundSendPayload> {
  const { limits, ramp, ledger, clock, decisions } = dependencies;
  return async (request: ActionRequest<OutboundSendPayload>): Promise<SendPolicyRefusal | null> => {
    const mailboxes = decisions.get(request).mailboxes ?? [];
    const { recipientDomain } = describeOutboundSend(request);
    if (mailboxes.length === 0) return { reasonCode: 'no_mailbox', message: 'No mailbox was picked for this send.' };
    if (recipientDomain === null) return { reasonCode: 'no_recipient', message: 'The lead has no email address.' };
    const at = clock.now();
    const supervised = isRampSupervised(await ledger.firstReservationAt(), at, ramp.supervisedDays);
    const outcome = await ledger.reserve({
      idempotencyKey: request.idempotencyKey,
      mailboxes,
      recipientDomain,
      at,
      caps: { ...limits, rampDaily: supervised ? ramp.limitPerDay : null },
    });
    if (outcome.status === 'refused') return { reasonCode: outcome.reasonCode, message: outcome.message };
    decisions.update(request, { reservation: { reservationId: outcome.reservationId, mailbox: outcome.mailbox } });
    return null;
  };
}
