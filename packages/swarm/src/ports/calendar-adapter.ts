/**
 * The calendar port (specs/scheduling.md "Engine surface"): every calendar adapter (embedded, CalDAV,
 * Google Calendar, GoHighLevel) implements {@link CalendarAdapter}; the scheduling slice only ever talks
 * to this interface. Event shapes are the normalised {@link BusyEvent} of the spec.
 */
import { createHash } from 'node:crypto';

/** Fields every busy-event variant may carry. Absent `transparency` means opaque (spec §6.3). */
interface BusyEventStatusFields {
  /** Provider event id, when the adapter knows it; the booking guard uses it to recognise its own event. */
  id?: string;
  status?: 'confirmed' | 'tentative' | 'cancelled';
  transparency?: 'opaque' | 'transparent';
  /** The host's own response; `declined` means the event does not block (spec §6.3 rule 1). */
  responseStatus?: 'accepted' | 'tentative' | 'declined' | 'needsAction';
}

/** A timed event: the half-open interval `[start, end)` of ISO-8601 instants (with `Z` or an offset). */
export interface TimedBusyEvent extends BusyEventStatusFields {
  start: string;
  end: string;
  allDay?: undefined;
  rrule?: undefined;
}

/**
 * An all-day event covering host-local midnight of `startDate` up to host-local midnight of `endDate`.
 * `endDate` is exclusive and defaults to `startDate` + 1 day (spec §6.3 rule 3).
 */
export interface AllDayBusyEvent extends BusyEventStatusFields {
  allDay: true;
  /** `YYYY-MM-DD`. */
  startDate: string;
  /** `YYYY-MM-DD`, exclusive. */
  endDate?: string;
  rrule?: undefined;
}

/**
 * A recurring event: `start`/`end` are the first occurrence; later occurrences repeat at the same wall
 * clock time in `tzid` (the host zone when absent). `rrule` is the RFC 5545 subset FREQ=DAILY|WEEKLY,
 * INTERVAL, BYDAY, COUNT, UNTIL (with or without a leading `RRULE:`); anything else fails closed.
 */
export interface RecurringBusyEvent extends BusyEventStatusFields {
  start: string;
  end: string;
  tzid?: string;
  rrule: string;
  /** Instants of removed occurrences, compared as instants with occurrence starts. */
  exdate?: string[];
  /** Extra occurrence starts (instants); each lasts as long as the first occurrence. */
  rdate?: string[];
  /** RFC 5545 RECURRENCE-ID overrides: move (`start`/`end`) or cancel one occurrence, keyed by its original start. */
  overrides?: { recurrenceId: string; start?: string; end?: string; status?: 'cancelled' }[];
  allDay?: undefined;
}

/** A normalised calendar event as every adapter returns it (specs/scheduling.md "BusyEvent"). */
export type BusyEvent = TimedBusyEvent | AllDayBusyEvent | RecurringBusyEvent;

/** An instant as the calendar port accepts it: a `Date`, an ISO-8601 string or epoch milliseconds. */
export type CalendarInstant = Date | string | number;

/** The event the booking guard asks a calendar to create. Extra keys (video link, attendees…) pass through. */
export interface CalendarEventInput {
  /** Deterministic provider id; when it already exists the create rejects with code `ALREADY_EXISTS`. */
  id?: string;
  /** ISO-8601 UTC instant. */
  start: string;
  /** ISO-8601 UTC instant (exclusive). */
  end: string;
  title?: string;
  [key: string]: unknown;
}

/** What a calendar returns for a created event. */
export interface CreatedCalendarEvent {
  id: string;
  start: string;
  end: string;
}

/** The `code` a {@link CalendarAdapter.createEvent} rejection carries when the given id already exists (HTTP 409). */
export const calendarEventAlreadyExistsCode = 'ALREADY_EXISTS';

/**
 * The calendar port. Implementations must throw (never return `[]`) when they could not read data, so the
 * scheduler can fail closed (spec §6.3 rule 6).
 */
export interface CalendarAdapter {
  /** Busy events overlapping `[from, to)`. Read directly from the provider, bypassing any cache. */
  listBusy(from: CalendarInstant, to: CalendarInstant): Promise<BusyEvent[]>;
  /**
   * Creates the event and resolves to it with its `id`. When `event.id` is given and already exists the
   * call rejects with an error whose `code` is `'ALREADY_EXISTS'` — how a retried booking proves it was
   * already written (spec §6.7 step 5).
   */
  createEvent(event: CalendarEventInput): Promise<CreatedCalendarEvent>;
  /** Deletes an event; resolves `false` when it did not exist. */
  deleteEvent(id: string): Promise<boolean>;
}

const base32HexAlphabet = '0123456789abcdefghijklmnopqrstuv';

/**
 * The deterministic event id of the calendar contract (specs/scheduling.md §6.7 step 5): the lower-case
 * base32hex (RFC 4648 §7, no padding) of SHA-256 of `seed` — 52 chars of `[0-9a-v]`, the same seed always
 * giving the same id, valid as a Google Calendar event id (base32hex, 5–1024 chars) and as a CalDAV
 * resource name. Lives beside the port so the scheduling slice (which mints ids) and the adapters (which
 * map foreign ids) share one definition.
 */
export function deterministicCalendarEventId(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  let bits = 0;
  let buffer = 0;
  let encoded = '';
  for (const byte of digest) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      encoded += base32HexAlphabet[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) encoded += base32HexAlphabet[(buffer << (5 - bits)) & 31];
  return encoded;
}
