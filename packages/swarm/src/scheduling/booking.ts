/** Booking shapes of specs/scheduling.md ("Booking", §6.7). */

/** One request to book a slot. */
export interface BookingAttempt {
  /** The caller's correlation id (logged, not interpreted). */
  id: string;
  /** ISO-8601 instant with `Z` or an offset. */
  start: string;
  /** Positive integer minutes. */
  durationMinutes: number;
  /** Same key ⇒ same booking: a retry returns the first booking instead of writing again. */
  idempotencyKey: string;
  /** Event title; default `"Meeting"`. */
  title?: string;
  /** Video link written into the event (spec §6.7 step 5). */
  videoLink?: string;
}

/** Why a booking was refused (spec §6.7 step 4). */
export type BookingFailureCode = 'SLOT_UNAVAILABLE' | 'OUTSIDE_WORKING_HOURS' | 'TOO_SOON' | 'INVALID_REQUEST';

/**
 * The guard's answer. `conflictDetected` is present (true) only when the post-write check found a foreign
 * event overlapping the new booking: the booking stands and a human was alerted (§6.7 step 6).
 */
export type BookingOutcome =
  { ok: true; bookingId: string; conflictDetected?: true } | { ok: false; code: BookingFailureCode };

/** What the guard reports once a booking is confirmed (for reminders, events and audit). */
export interface ConfirmedBooking {
  bookingId: string;
  hostId: string;
  attemptId: string;
  idempotencyKey: string;
  /** ISO-8601 UTC. */
  start: string;
  /** ISO-8601 UTC. */
  end: string;
  /** ISO-8601 UTC, from the injected clock. */
  bookedAt: string;
  conflictDetected: boolean;
}
