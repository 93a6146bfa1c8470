import type { ActionRequest, GatewayOutcome } from '../../guardrails/action-request.js';
import type { SendLedger } from '../../ports/send-ledger.js';
import type { SendDecisions } from './send-decisions.js';

/**
 * Gives back the quota a request reserved when the gateway did not execute it (EM-7 "a refusal
 * consumes no quota"): the gateway's own rate limit and kill-switch re-check run after the
 * validators, and a failed effect sent nothing. Call it for every outcome of a `send_email` submit;
 * an executed send keeps its reservation.
 */
export async function releaseUnsentReservation(
  request: ActionRequest<unknown>,
  outcome: GatewayOutcome<unknown>,
  decisions: SendDecisions,
  ledger: Pick<SendLedger, 'release'>,
): Promise<void> {
  const reservation = decisions.get(request).reservation;
  if (!reservation || outcome.status === 'executed') return;
  await ledger.release(reservation.reservationId);
  decisions.update(request, { reservation: undefined });
}
