/**
 * `createBookingService` — the booking guard of specs/scheduling.md §6.7 ("mutex on create"): per-host
 * lock, idempotency, a fresh busy re-read that bypasses caches, re-validation with the same §6.4
 * predicate as `findSlots`, a deterministic provider id with conditional create, and a post-write
 * conflict check that escalates instead of deleting.
 */
import { CaioError } from '../domain/errors.js';
import type { BookingStore } from '../ports/booking-store.js';
import type { CalendarAdapter } from '../ports/calendar-adapter.js';
import type { HostLock } from '../ports/host-lock.js';
import type { BookingAttempt, BookingOutcome, ConfirmedBooking } from './booking.js';
import { confirmBookingUnderLock } from './booking-write.js';
import { resolveHostConfig, type HostConfig } from './host-config.js';
import { createInMemoryBookingStore } from './in-memory-booking-store.js';
import { processWideHostLock } from './in-process-host-lock.js';
import { parseInstant } from './instant-parsing.js';
import { isValidTimeZone } from './time-zone.js';

/** Options of {@link createBookingService}. */
export interface BookingServiceOptions {
  host: HostConfig;
  calendar: CalendarAdapter;
  /** The injected clock. */
  now: () => Date;
  /** Default: the process-wide in-process mutex keyed by host id; production: a PostgreSQL advisory lock. */
  lock?: HostLock;
  /** Default: a new in-memory store; production: the store. */
  bookings?: BookingStore;
  /** Called after the lock is released for every new booking: schedule reminders (§6.8), emit `meeting-booked`. */
  onBooked?: (booking: ConfirmedBooking) => void | Promise<void>;
  /** Called when the post-write check found a foreign overlapping event: escalate to a human (§6.9). */
  onConflict?: (booking: ConfirmedBooking) => void | Promise<void>;
}

/** The booking service. */
export interface BookingService {
  /**
   * Books `attempt` or says why not. Never throws for a refused slot; throws `CaioError`
   * `vendor_error` (retryable) when the calendar could not be read or written — fail closed — and
   * `conflict` (retryable) when the lock lease expired before the write (fencing check).
   */
  book(attempt: BookingAttempt): Promise<BookingOutcome>;
}

/**
 * Creates the booking guard for one host.
 * @throws CaioError `config_invalid` when `host.timezone` is not an IANA zone id
 */
export function createBookingService(options: BookingServiceOptions): BookingService {
  if (!isValidTimeZone(options.host?.timezone)) {
    throw new CaioError(
      'config_invalid',
      `Host timezone "${String(options.host?.timezone)}" is not an IANA zone id; set e.g. "Europe/London".`,
    );
  }
  const host = resolveHostConfig(options.host);
  const lock = options.lock ?? processWideHostLock();
  const bookings = options.bookings ?? createInMemoryBookingStore();

  return {
    async book(attempt) {
      const start = parseInstant(attempt?.start);
      const duration = attempt?.durationMinutes;
      const key = attempt?.idempotencyKey;
      if (start === undefined || typeof duration !== 'number' || !Number.isInteger(duration) || duration <= 0) {
        return { ok: false, code: 'INVALID_REQUEST' };
      }
      if (typeof key !== 'string' || key === '') return { ok: false, code: 'INVALID_REQUEST' };
      const result = await lock.withLock(host.id, (lease) =>
        confirmBookingUnderLock({
          host,
          calendar: options.calendar,
          bookings,
          lease,
          now: options.now,
          attemptId: String(attempt.id ?? ''),
          idempotencyKey: key,
          start,
          durationMinutes: duration,
          title: attempt.title,
          videoLink: attempt.videoLink,
        }),
      );
      if (result.confirmed) {
        if (result.confirmed.conflictDetected) await options.onConflict?.(result.confirmed);
        await options.onBooked?.(result.confirmed);
      }
      return result.outcome;
    },
  };
}
