/**
 * Busy normalisation (specs/scheduling.md §6.3): drops non-blocking events, turns timed, all-day and
 * recurring events into blocking `[start, end)` instants, and fails closed on anything it cannot read.
 */
import type { BusyEvent, RecurringBusyEvent } from '../ports/calendar-adapter.js';
import type { BusyInterval } from './busy-interval.js';
import { parseCivilDate } from './civil-date.js';
import { parseInstant } from './instant-parsing.js';
import { expandRecurringEvent } from './recurrence-expansion.js';
import { resolveLocalTime } from './time-zone.js';

/** Normalised busy data over a range. */
export interface NormalisedBusy {
  /** Blocking intervals overlapping the range, ascending by start. */
  intervals: BusyInterval[];
  /** Human-readable reasons for every event that was treated as blocking the whole range. */
  warnings: string[];
  /** True when an unreadable event or unsupported rule made the whole range busy (fail closed, §6.3 rule 4). */
  blocksEverything: boolean;
}

/** The input: events from the adapters, the host zone, and the range of interest in epoch ms. */
export interface BusyNormalisationInput {
  events: readonly BusyEvent[];
  hostTimezone: string;
  rangeStart: number;
  rangeEnd: number;
}

/**
 * True when the event blocks time: not transparent, not cancelled, not declined by the host.
 * Tentative and needs-action events block; a missing transparency means opaque (§6.3 rule 1).
 */
export function isBlockingEvent(event: Pick<BusyEvent, 'transparency' | 'status' | 'responseStatus'>): boolean {
  return event.transparency !== 'transparent' && event.status !== 'cancelled' && event.responseStatus !== 'declined';
}

type EventReading = { intervals: BusyInterval[] } | { failure: string };

function readAllDayEvent(event: BusyEvent & { allDay: true }, hostTimezone: string): EventReading {
  const startDay = parseCivilDate(String(event.startDate));
  const endDay = event.endDate === undefined ? (startDay ?? 0) + 1 : parseCivilDate(String(event.endDate));
  if (startDay === undefined || endDay === undefined)
    return { failure: `unreadable all-day dates ${String(event.startDate)}` };
  // Host-local midnights; a midnight inside a DST gap moves forward with the compatible rule.
  const start = resolveLocalTime(hostTimezone, startDay, 0);
  const end = resolveLocalTime(hostTimezone, Math.max(endDay, startDay), 0);
  return { intervals: [{ start, end }] };
}

function readEvent(event: BusyEvent, hostTimezone: string, rangeStart: number, rangeEnd: number): EventReading {
  if (typeof event !== 'object' || event === null) return { failure: 'an event that is not an object' };
  if (event.allDay === true) {
    if ((event as { rrule?: unknown }).rrule !== undefined)
      return { failure: 'a recurring all-day event (needs provider expansion)' };
    return readAllDayEvent(event, hostTimezone);
  }
  if (event.rrule !== undefined && event.rrule !== null) {
    const expansion = expandRecurringEvent(event as RecurringBusyEvent, hostTimezone, rangeStart, rangeEnd);
    return expansion.supported
      ? expansion
      : { failure: `unsupported recurrence (${expansion.reason}): ${String(event.rrule)}` };
  }
  const start = parseInstant(event.start);
  const end = parseInstant(event.end);
  if (start === undefined || end === undefined)
    return { failure: `unreadable event instants ${String(event.start)}–${String(event.end)}` };
  // An inverted interval is read conservatively as the span between its two instants.
  return { intervals: [{ start: Math.min(start, end), end: Math.max(start, end) }] };
}

/**
 * Normalises busy events over `[rangeStart, rangeEnd]`. Never throws for bad event data: an unreadable
 * event or an unsupported RRULE sets `blocksEverything` and adds a warning (fail closed, §6.3 rule 4).
 */
export function normaliseBusy(input: BusyNormalisationInput): NormalisedBusy {
  const intervals: BusyInterval[] = [];
  const warnings: string[] = [];
  for (const event of input.events) {
    if (typeof event === 'object' && event !== null && !isBlockingEvent(event)) continue;
    const reading = readEvent(event, input.hostTimezone, input.rangeStart, input.rangeEnd);
    if ('failure' in reading) {
      warnings.push(
        `Treated the whole window as busy: ${reading.failure}. Expand it at the provider or fix the event.`,
      );
      continue;
    }
    for (const interval of reading.intervals) {
      if (interval.start <= input.rangeEnd && interval.end >= input.rangeStart) intervals.push(interval);
    }
  }
  intervals.sort((left, right) => left.start - right.start || left.end - right.end);
  return { intervals, warnings, blocksEverything: warnings.length > 0 };
}
