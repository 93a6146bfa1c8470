/**
 * Idempotency records of confirmed bookings (specs/scheduling.md §6.7 step 2): idempotency key →
 * booking. In tests an in-memory map; in production the store.
 */

/** One confirmed booking. Instants are ISO-8601 UTC strings as produced by `Date#toISOString()`. */
export interface BookingRecord {
  idempotencyKey: string;
  /** The provider event id, derived deterministically from the host id and the idempotency key. */
  bookingId: string;
  hostId: string;
  start: string;
  end: string;
  /** The caller's correlation id of the attempt that created it. */
  attemptId: string;
  /** When the guard confirmed it (from the injected clock). */
  bookedAt: string;
  /** True when the post-write check found a foreign overlapping event (escalated to a human). */
  conflictDetected: boolean;
}

/** Booking records keyed by idempotency key. */
export interface BookingStore {
  /** The booking recorded under `idempotencyKey`, or `undefined`. */
  get(idempotencyKey: string): Promise<BookingRecord | undefined>;
  /** Records a booking; a second `put` for the same key keeps the first record. */
  put(record: BookingRecord): Promise<void>;
  /**
   * Our own bookings for `hostId` overlapping `[from, to)` (epoch ms), so the guard treats bookings the
   * calendar does not show yet as busy (§6.7 step 3). Optional: stores that cannot answer omit it.
   */
  listForHost?(hostId: string, from: number, to: number): Promise<BookingRecord[]>;
}
