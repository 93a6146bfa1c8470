/**
 * Expands a recurring busy event in the wall time of its `tzid` (host zone by default) over a range,
 * implementing specs/scheduling.md §6.3 rule 4: DAILY/WEEKLY, INTERVAL, BYDAY, COUNT (counted from DTSTART,
 * excluded occurrences included), UNTIL (inclusive), EXDATE (matched as instants), RDATE and
 * RECURRENCE-ID overrides. Occurrence wall times resolve with the compatible rule (§6.3 rule 5). The
 * expansion is bounded by the range, never by an iteration count.
 */
import type { RecurringBusyEvent } from '../ports/calendar-adapter.js';
import type { BusyInterval } from './busy-interval.js';
import { weekdayIndexOf } from './civil-date.js';
import { parseInstant } from './instant-parsing.js';
import { parseRecurrenceRule, type RecurrenceRule } from './recurrence-rule.js';
import { isValidTimeZone, readLocal, resolveLocalTime } from './time-zone.js';

/** The outcome: the occurrences overlapping the range, or why the event must fail closed. */
export type RecurringExpansion = { supported: true; intervals: BusyInterval[] } | { supported: false; reason: string };

interface ParsedOverride {
  recurrenceId: number;
  start?: number;
  end?: number;
  cancelled: boolean;
}

function parseInstantList(values: readonly string[] | undefined): number[] | undefined {
  const parsed: number[] = [];
  for (const value of values ?? []) {
    const instant = parseInstant(value);
    if (instant === undefined) return undefined;
    parsed.push(instant);
  }
  return parsed;
}

function parseOverrides(event: RecurringBusyEvent): ParsedOverride[] | undefined {
  const parsed: ParsedOverride[] = [];
  for (const override of event.overrides ?? []) {
    const recurrenceId = parseInstant(override.recurrenceId);
    const start = override.start === undefined ? undefined : parseInstant(override.start);
    const end = override.end === undefined ? undefined : parseInstant(override.end);
    if (recurrenceId === undefined || (override.start !== undefined && start === undefined)) return undefined;
    if (override.end !== undefined && end === undefined) return undefined;
    parsed.push({ recurrenceId, start, end, cancelled: override.status === 'cancelled' });
  }
  return parsed;
}

/** Local days of the rule's occurrences from DTSTART onwards, ascending; the caller stops the iteration. */
function* occurrenceDays(
  rule: RecurrenceRule,
  startDay: number,
  skipBeforeDay: number,
  lastDay: number,
): Generator<number> {
  if (rule.frequency === 'DAILY') {
    const firstIndex =
      rule.count === undefined ? Math.max(0, Math.floor((skipBeforeDay - startDay) / rule.interval) - 1) : 0;
    // Bounded by lastDay: a BYDAY filter may never match (e.g. INTERVAL=7 on another weekday).
    for (let day = startDay + firstIndex * rule.interval; day <= lastDay + 1; day += rule.interval) {
      if (!rule.byWeekday || rule.byWeekday.includes(weekdayIndexOf(day))) yield day;
    }
    return;
  }
  const weekdays = rule.byWeekday ?? [weekdayIndexOf(startDay)];
  const offsets = weekdays.map((weekday) => (weekday - rule.weekStart + 7) % 7).sort((left, right) => left - right);
  const firstWeekStart = startDay - ((weekdayIndexOf(startDay) - rule.weekStart + 7) % 7);
  const period = 7 * rule.interval;
  const firstIndex =
    rule.count === undefined ? Math.max(0, Math.floor((skipBeforeDay - firstWeekStart) / period) - 1) : 0;
  for (let index = firstIndex; ; index += 1) {
    for (const offset of offsets) yield firstWeekStart + index * period + offset;
  }
}

/**
 * Expands `event` over `[rangeStart, rangeEnd]` (epoch ms). Unknown `tzid`, unparseable instants and
 * rules outside the subset return `supported: false` so the caller treats the window as busy.
 */
export function expandRecurringEvent(
  event: RecurringBusyEvent,
  hostTimezone: string,
  rangeStart: number,
  rangeEnd: number,
): RecurringExpansion {
  const zone = event.tzid ?? hostTimezone;
  if (!isValidTimeZone(zone)) return { supported: false, reason: `unknown TZID "${String(zone)}"` };
  const parsedRule = parseRecurrenceRule(String(event.rrule));
  if (!parsedRule.supported) return parsedRule;
  const rule = parsedRule.rule;
  const start = parseInstant(event.start);
  const end = parseInstant(event.end);
  if (start === undefined || end === undefined || end < start) {
    return { supported: false, reason: 'unparseable or inverted start/end' };
  }
  const exdates = parseInstantList(event.exdate);
  const rdates = parseInstantList(event.rdate);
  const overrides = parseOverrides(event);
  if (!exdates || !rdates || !overrides)
    return { supported: false, reason: 'unparseable EXDATE, RDATE or RECURRENCE-ID' };

  const duration = end - start;
  const excluded = new Set(exdates);
  const overridden = new Set(overrides.map((override) => override.recurrenceId));
  const intervals: BusyInterval[] = [];
  const keep = (occurrenceStart: number, occurrenceEnd: number): void => {
    if (occurrenceStart <= rangeEnd && occurrenceEnd >= rangeStart)
      intervals.push({ start: occurrenceStart, end: occurrenceEnd });
  };

  const startReading = readLocal(zone, start);
  const subMinute =
    start + startReading.offsetMilliseconds - (startReading.dayNumber * 1440 + startReading.minuteOfDay) * 60_000;
  const firstRelevantDay = readLocal(zone, rangeStart - duration).dayNumber - 1;
  const lastRelevantDay = readLocal(zone, rangeEnd).dayNumber + 1;
  const until = rule.until;
  const untilInstant =
    until?.kind === 'instant'
      ? until.epochMilliseconds
      : until?.kind === 'floating'
        ? resolveLocalTime(zone, until.dayNumber, until.minuteOfDay)
        : undefined;
  const untilDay =
    until?.kind === 'date'
      ? until.dayNumber
      : untilInstant === undefined
        ? undefined
        : readLocal(zone, untilInstant).dayNumber;

  // DTSTART is always the first occurrence and counts towards COUNT (RFC 5545 §3.8.5.3).
  let emitted = 1;
  if (!excluded.has(start) && !overridden.has(start)) keep(start, end);
  for (const day of occurrenceDays(rule, startReading.dayNumber, firstRelevantDay, lastRelevantDay)) {
    if (day <= startReading.dayNumber) continue;
    if (day > lastRelevantDay) break;
    if (rule.count !== undefined && emitted >= rule.count) break;
    if (untilDay !== undefined && day > untilDay + 1) break;
    emitted += 1;
    if (day < firstRelevantDay && (untilDay === undefined || day < untilDay - 1)) continue;
    const occurrenceStart = resolveLocalTime(zone, day, startReading.minuteOfDay) + subMinute;
    if (untilInstant !== undefined && occurrenceStart > untilInstant) break;
    if (until?.kind === 'date' && day > until.dayNumber) break;
    if (excluded.has(occurrenceStart) || overridden.has(occurrenceStart)) continue;
    keep(occurrenceStart, occurrenceStart + duration);
  }
  for (const rdate of rdates) {
    if (rdate !== start && !excluded.has(rdate) && !overridden.has(rdate)) keep(rdate, rdate + duration);
  }
  for (const override of overrides) {
    if (override.cancelled) continue;
    const overrideStart = override.start ?? override.recurrenceId;
    keep(overrideStart, override.end ?? overrideStart + duration);
  }
  return { supported: true, intervals };
}
