import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import type { BreakerStateStore } from '../../ports/breaker-state-store.js';
import type { Clock } from '../../ports/clock.js';
import type { SendLedger } from '../../ports/send-ledger.js';
import { describeOutboundSend, type OutboundSendPayload } from './outbound-send.js';
import type { SendDecisions } from './send-decisions.js';
import type { SendPolicyRefusal } from './send-policy-refusal.js';
import { mailboxDomain } from './sending-mailboxes.js';

/** Breaker name of a sending domain's reputation breaker (EM-6 pauses a domain by opening it). */
export function sendingDomainBreakerName(domain: string): string {
  return `sending-domain:${domain}`;
}

/** What the circuit-breaker validator reads. */
export interface CircuitBreakerValidatorDependencies {
  breakers: Pick<BreakerStateStore, 'load'>;
  ledger: Pick<SendLedger, 'release'>;
  clock: Clock;
  decisions: SendDecisions;
}

/**
 * SPEC §3.7 step 11, circuit breaker: refuses (`circuit_open`) while the transport's breaker (named
 * after the send's platform, e.g. `smtp`, RES-1) or the chosen mailbox's sending-domain breaker
 * (EM-6 reputation pause, {@link sendingDomainBreakerName}) is open and its open period has not
 * elapsed (after it, the breaker's own half-open probe decides). A refusal releases the reservation
 * the limits step took, so it consumes no quota.
 */
export function validateCircuitBreaker(
  dependencies: CircuitBreakerValidatorDependencies,
): PolicyValidator<OutboundSendPayload> {
  const { breakers, ledger, clock, decisions } = dependencies;
  return async (request: ActionRequest<OutboundSendPayload>): Promise<SendPolicyRefusal | null> => {
    const { platform } = describeOutboundSend(request);
    const reservation = decisions.get(request).reservation;
    const names = [platform, ...(reservation ? [sendingDomainBreakerName(mailboxDomain(reservation.mailbox))] : [])];
    const nowMs = clock.now().getTime();
    for (const name of names) {
      const state = await breakers.load(name);
      const openUntilMs = state && state.state === 'open' ? (state.openedAtMs ?? 0) + state.openDurationMs : 0;
      if (openUntilMs <= nowMs) continue;
      if (reservation) {
        await ledger.release(reservation.reservationId);
        decisions.update(request, { reservation: undefined });
      }
      return {
        reasonCode: 'circuit_open',
        message: `Circuit breaker ${name} is open until ${new Date(openUntilMs).toISOString()}.`,
        retryAt: new Date(openUntilMs),
      };
    }
    return null;
  };
}
