import type { SendReservationOutcome, SendReservationRequest } from './send-ledger.js';

/**
 * Reserves quota for a batch of sends in ONE atomic step (EM-7; the send worker's batch path). The
 * outcome for each request is what {@link SendLedger.reserve} would have answered had the requests
 * been reserved one after another in array order: earlier reservations of the batch count against
 * later ones, a repeated idempotency key replays its reservation, a refusal takes nothing.
 */
export interface BatchSendLedger {
  reserveMany(requests: readonly SendReservationRequest[]): Promise<SendReservationOutcome[]>;
}
