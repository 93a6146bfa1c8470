/**
 * The steps of the booking guard that run while the host lock is held (specs/scheduling.md §6.7 steps
 * 2–6). Kept apart from the service so the locked section is easy to audit: no LLM call, no email send.
 */
import { CaioError } from '../domain/errors.js';
import type { BookingRecord, BookingStore } from '../ports/booking-store.js';
import type { BusyEvent, CalendarAdapter } from '../ports/calendar-adapter.js';
import { calendarEventAlreadyExistsCode } from '../ports/calendar-adapter.js';
import type { HostLockLease } from '../ports/host-lock.js';
import type { BookingOutcome, ConfirmedBooking } from './booking.js';
import { normaliseBusy } from './busy-normalisation.js';
import { createBusyTimeline } from './busy-timeline.js';
import type { ResolvedHostConfig } from './host-config.js';
import { formatInstant, parseInstant } from './instant-parsing.js';
import { withoutOwnEvent } from './own-event-filter.js';
import { detectPostWriteConflict } from './post-write-check.js';
import { providerEventId } from './provider-event-id.js';
import { rejectSlot } from './slot-predicate.js';

const millisecondsPerMinute = 60_000;
const millisecondsPerDay = 86_400_000;

/** Everything the locked section needs. Instants in epoch ms. */
export interface LockedBookingInput {
  host: ResolvedHostConfig;
  calendar: CalendarAdapter;
  bookings: BookingStore;
  lease: HostLockLease;
  now: () => Date;
  attemptId: string;
  idempotencyKey: string;
  start: number;
  durationMinutes: number;
  title: string | undefined;
  videoLink: string | undefined;
}

/** The outcome, plus the confirmed booking when this call created one. */
export interface LockedBookingResult {
  outcome: BookingOutcome;
  confirmed?: ConfirmedBooking;
}

async function readBusy(calendar: CalendarAdapter, from: number, to: number): Promise<BusyEvent[]> {
  try {
    return await calendar.listBusy(formatInstant(from), formatInstant(to));
  } catch (error) {
    throw new CaioError(
      'vendor_error',
      'The calendar could not be read, so the booking was not attempted (fail closed). Retry with backoff.',
      {
        cause: error,
      },
    );
  }
}

function hasErrorCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

/** Runs §6.7 steps 2–6 for one attempt. Throws `CaioError` on calendar failure or a lost lease. */
export async function confirmBookingUnderLock(input: LockedBookingInput): Promise<LockedBookingResult> {
  const { host, calendar, bookings } = input;
  const existing = await bookings.get(input.idempotencyKey);
  if (existing) return { outcome: { ok: true, bookingId: existing.bookingId } };

  const now = input.now().getTime();
  if (!Number.isFinite(now)) {
    throw new CaioError(
      'internal',
      'The booking clock returned an invalid Date; inject a clock that returns real instants.',
    );
  }
  const start = input.start;
  const end = start + input.durationMinutes * millisecondsPerMinute;
  const buffer = host.bufferMinutes * millisecondsPerMinute;
  const predicateContext = { host, now, durationMinutes: input.durationMinutes };
  // Cheap checks first, so a slot outside hours or too soon never costs a provider call.
  const withoutBusy = rejectSlot({ ...predicateContext, timeline: createBusyTimeline([]) }, start);
  if (withoutBusy) return { outcome: { ok: false, code: withoutBusy } };

  const ownId = providerEventId(host.id, input.idempotencyKey);
  const readFrom = start - buffer - millisecondsPerDay;
  const readTo = end + buffer + millisecondsPerDay;
  const events = withoutOwnEvent(await readBusy(calendar, readFrom, readTo), new Set([ownId]));
  const pending = (await bookings.listForHost?.(host.id, readFrom, readTo)) ?? [];
  const busy = normaliseBusy({ events, hostTimezone: host.timezone, rangeStart: readFrom, rangeEnd: readTo });
  // An unreadable record blocks the whole read range rather than being ignored (fail closed).
  const pendingIntervals = pending.map((record) => ({
    start: parseInstant(record.start) ?? readFrom,
    end: parseInstant(record.end) ?? readTo,
  }));
  const timeline = createBusyTimeline([...busy.intervals, ...pendingIntervals], busy.blocksEverything);
  const rejection = rejectSlot({ ...predicateContext, timeline }, start);
  if (rejection) return { outcome: { ok: false, code: rejection } };

  if (!(await input.lease.stillHeld())) {
    throw new CaioError('conflict', 'The host lock lease expired before the calendar write; retry the booking.', {
      retryable: true,
    });
  }
  let bookingId = ownId;
  try {
    const created = await calendar.createEvent({
      id: ownId,
      start: formatInstant(start),
      end: formatInstant(end),
      title: input.title ?? 'Meeting',
      ...(input.videoLink === undefined ? {} : { videoLink: input.videoLink }),
    });
    // A provider that assigns its own id (ignoring ours) is still recorded under the id it returned.
    if (typeof created?.id === 'string' && created.id !== '') bookingId = created.id;
  } catch (error) {
    // ALREADY_EXISTS proves an earlier attempt with this key wrote the event: the booking is done.
    if (!hasErrorCode(error, calendarEventAlreadyExistsCode)) {
      throw new CaioError(
        'vendor_error',
        'The calendar rejected the booking write; retry with the same idempotency key.',
        { cause: error },
      );
    }
  }

  const conflictDetected = await detectPostWriteConflict({
    calendar,
    host,
    start,
    end,
    ownIds: new Set([ownId, bookingId]),
  });

  const record: BookingRecord = {
    idempotencyKey: input.idempotencyKey,
    bookingId,
    hostId: host.id,
    start: formatInstant(start),
    end: formatInstant(end),
    attemptId: input.attemptId,
    bookedAt: formatInstant(now),
    conflictDetected,
  };
  await bookings.put(record);
  const { idempotencyKey, hostId, attemptId, bookedAt } = record;
  const confirmed: ConfirmedBooking = {
    idempotencyKey,
    bookingId,
    hostId,
    attemptId,
    bookedAt,
    start: record.start,
    end: record.end,
    conflictDetected,
  };
  return {
    outcome: conflictDetected ? { ok: true, bookingId, conflictDetected: true } : { ok: true, bookingId },
    confirmed,
  };
}
