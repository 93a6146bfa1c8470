/**
 * Parser for the RRULE subset the engine expands itself (specs/scheduling.md §6.3 rule 4):
 * FREQ=DAILY|WEEKLY, INTERVAL, BYDAY (plain weekdays), COUNT, UNTIL, plus WKST. Every other part, or a
 * malformed value, makes the rule unsupported so the caller fails closed.
 */
import { civilDayNumber } from './civil-date.js';
import { parseInstant } from './instant-parsing.js';

const weekdayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The inclusive end of a rule: an instant, a floating local date-time, or a whole local date. */
export type RecurrenceUntil =
  | { kind: 'instant'; epochMilliseconds: number }
  | { kind: 'floating'; dayNumber: number; minuteOfDay: number }
  | { kind: 'date'; dayNumber: number };

/** A parsed rule of the supported subset. Weekdays are indices 0 = Sunday … 6 = Saturday. */
export interface RecurrenceRule {
  frequency: 'DAILY' | 'WEEKLY';
  interval: number;
  byWeekday?: number[];
  count?: number;
  until?: RecurrenceUntil;
  weekStart: number;
}

/** The parse outcome: the rule, or why it is outside the supported subset. */
export type RecurrenceRuleParse = { supported: true; rule: RecurrenceRule } | { supported: false; reason: string };

function parseUntil(value: string): RecurrenceUntil | undefined {
  const instant = parseInstant(value);
  if (instant !== undefined) return { kind: 'instant', epochMilliseconds: instant };
  const floating = /^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2})(?::?(\d{2}))?$/.exec(value);
  if (floating) {
    const [, year, month, day, hour, minute] = floating;
    return {
      kind: 'floating',
      dayNumber: civilDayNumber(Number(year), Number(month), Number(day)),
      minuteOfDay: Number(hour) * 60 + Number(minute),
    };
  }
  const date = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
  if (date) return { kind: 'date', dayNumber: civilDayNumber(Number(date[1]), Number(date[2]), Number(date[3])) };
  return undefined;
}

function parsePositiveInteger(value: string): number | undefined {
  return /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** Parses `FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10` (a leading `RRULE:` is allowed). */
export function parseRecurrenceRule(text: string): RecurrenceRuleParse {
  const unsupported = (reason: string): RecurrenceRuleParse => ({ supported: false, reason });
  const body = text.trim().replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    if (part === '') continue;
    const [name, value, ...rest] = part.split('=');
    if (!name || value === undefined || rest.length > 0) return unsupported(`malformed part "${part}"`);
    const key = name.toUpperCase();
    if (parts.has(key)) return unsupported(`repeated part ${key}`);
    parts.set(key, key === 'UNTIL' ? value : value.toUpperCase());
  }
  const frequency = parts.get('FREQ');
  if (frequency !== 'DAILY' && frequency !== 'WEEKLY') return unsupported(`FREQ=${frequency ?? '(missing)'}`);
  const rule: RecurrenceRule = { frequency, interval: 1, weekStart: 1 };
  for (const [key, value] of parts) {
    if (key === 'FREQ') continue;
    if (key === 'INTERVAL') {
      const interval = parsePositiveInteger(value);
      if (interval === undefined) return unsupported(`INTERVAL=${value}`);
      rule.interval = interval;
    } else if (key === 'COUNT') {
      const count = parsePositiveInteger(value);
      if (count === undefined) return unsupported(`COUNT=${value}`);
      rule.count = count;
    } else if (key === 'UNTIL') {
      const until = parseUntil(value);
      if (!until) return unsupported(`UNTIL=${value}`);
      rule.until = until;
    } else if (key === 'BYDAY') {
      const weekdays = value.split(',').map((code) => weekdayCodes.indexOf(code as (typeof weekdayCodes)[number]));
      // Ordinal weekdays (1MO, -1FR) belong to MONTHLY/YEARLY rules: outside the subset.
      if (weekdays.some((weekday) => weekday < 0)) return unsupported(`BYDAY=${value}`);
      rule.byWeekday = [...new Set(weekdays)].sort((left, right) => left - right);
    } else if (key === 'WKST') {
      const weekStart = weekdayCodes.indexOf(value as (typeof weekdayCodes)[number]);
      if (weekStart < 0) return unsupported(`WKST=${value}`);
      rule.weekStart = weekStart;
    } else {
      return unsupported(`${key} is outside the supported subset`);
    }
  }
  if (rule.count !== undefined && rule.until !== undefined) return unsupported('COUNT and UNTIL together');
  return { supported: true, rule };
}
