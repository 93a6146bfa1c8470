import type { SendCapReasonCode, SendCaps } from '../domain/send-caps.js';

/** One send to reserve quota for (SPEC §3.7 "limits (an atomic reservation)", EM-7). */
export interface SendReservationRequest {
  /** The gateway request's idempotency key: reserving it again returns the same reservation. */
  idempotencyKey: string;
  /** Sending mailboxes in preference (round-robin) order; the first whose mailbox caps allow it is taken. */
  mailboxes: readonly string[];
  /** The recipient's email domain, lower-case. */
  recipientDomain: string;
  /** When the send happens (UTC). */
  at: Date;
  caps: SendCaps;
}

/** The result of a reservation: quota taken for one mailbox, or a refusal that took nothing. */
export type SendReservationOutcome =
  | { status: 'reserved'; reservationId: string; mailbox: string; replayed: boolean }
  | { status: 'refused'; reasonCode: SendCapReasonCode; message: string };

/**
 * The send-limits ledger (EM-7): caps hold across restarts and concurrent workers because every
 * check-and-take happens atomically where the ledger lives (SQL: one transaction under an advisory
 * lock). A refusal consumes nothing.
 */
export interface SendLedger {
  /** Checks every cap of `request.caps` and, when all fit, records the send — atomically. */
  reserve(request: SendReservationRequest): Promise<SendReservationOutcome>;
  /** Gives quota back when the send did not happen (a later policy refusal or a failed effect). Idempotent. */
  release(reservationId: string): Promise<void>;
  /** Reservations at or after `since` (UTC); a cheap pre-check, not a guarantee. */
  countSince(since: Date): Promise<number>;
  /** The earliest reservation ever kept (the start of the supervised ramp), or null before the first send. */
  firstReservationAt(): Promise<Date | null>;
}
