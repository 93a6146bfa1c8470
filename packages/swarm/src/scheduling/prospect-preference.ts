/**
 * The prospect-preferred test of specs/scheduling.md §6.5 rule 1.
 */
import { weekdayOf } from './civil-date.js';
import { readLocal } from './time-zone.js';
import { parseWallTime } from './wall-time.js';

/** The prospect's preferred window, resolved once per request. */
export interface ProspectPreference {
  timezone: string;
  /** Minutes since prospect-local midnight. */
  startMinute: number;
  /** Minutes since prospect-local midnight; 1440 allowed. */
  endMinute: number;
  /** Lower-case three-letter weekday keys. */
  days: ReadonlySet<string>;
}

/** Defaults: 08:00–20:00 prospect-local, Monday–Friday (spec "SlotRequest"). */
export function resolveProspectPreference(
  timezone: string,
  hours: [string, string] | undefined,
  days: string[] | undefined,
): ProspectPreference {
  const startMinute = parseWallTime(hours?.[0], false) ?? 8 * 60;
  const endMinute = parseWallTime(hours?.[1], true) ?? 20 * 60;
  const dayKeys = (days ?? ['mon', 'tue', 'wed', 'thu', 'fri']).map((day) =>
    String(day).trim().slice(0, 3).toLowerCase(),
  );
  return { timezone, startMinute, endMinute, days: new Set(dayKeys) };
}

/**
 * True when the slot `[start, end)` (epoch ms) starts on a preferred prospect-local weekday at or after
 * the preferred start, and ends on the same prospect-local date at or before the preferred end.
 */
export function isProspectPreferred(preference: ProspectPreference, start: number, end: number): boolean {
  const startReading = readLocal(preference.timezone, start);
  const endReading = readLocal(preference.timezone, end);
  return (
    preference.days.has(weekdayOf(startReading.dayNumber)) &&
    startReading.minuteOfDay >= preference.startMinute &&
    endReading.dayNumber === startReading.dayNumber &&
    endReading.minuteOfDay <= preference.endMinute
  );
}
