/**
 * Calendar dates without a time zone, as whole day numbers (days since 1970-01-01). Pure integer
 * arithmetic on UTC fields, so the process time zone can never leak in.
 */

const millisecondsPerDay = 86_400_000;

/** The three-letter weekday keys of `WeeklyHours`, indexed like `Date#getUTCDay()` (0 = Sunday). */
export const weekdayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** A weekday key of `WeeklyHours` (specs/scheduling.md "HostConfig"). */
export type WeekdayKey = (typeof weekdayKeys)[number];

/** Parses `YYYY-MM-DD` into a day number; `undefined` when malformed or not a real date. */
export function parseCivilDate(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const dayNumber = civilDayNumber(year, month, day);
  return formatCivilDate(dayNumber) === text ? dayNumber : undefined;
}

/** The day number of a year/month (1–12)/day. */
export function civilDayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / millisecondsPerDay);
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatCivilDate(dayNumber: number): string {
  return new Date(dayNumber * millisecondsPerDay).toISOString().slice(0, 10);
}

/** The weekday key of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): WeekdayKey {
  return weekdayKeys[(((dayNumber + 4) % 7) + 7) % 7] ?? 'sun';
}

/** The weekday index (0 = Sunday … 6 = Saturday) of a day number. */
export function weekdayIndexOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
