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

/** Day numbers of 0000-01-01 and 10000-01-01: outside them `Date#toISOString` writes six-digit years. */
const firstFourDigitYearDay = -719_528;
const firstFiveDigitYearDay = 2_932_897;

/** `"00"`…`"99"`, so formatting never pads strings on the slot engine's hot path. */
export const twoDigits: readonly string[] = Array.from({ length: 100 }, (_, value) => String(value).padStart(2, '0'));

/**
 * Formats a day number as `YYYY-MM-DD`, exactly as `Date#toISOString().slice(0, 10)` does. Pure integer
 * arithmetic (H. Hinnant's `civil_from_days`, proleptic Gregorian) instead of a `Date` per call, because
 * `findSlots` labels every slot twice (issue 7 benchmark).
 */
export function formatCivilDate(dayNumber: number): string {
  if (!Number.isInteger(dayNumber) || dayNumber < firstFourDigitYearDay || dayNumber >= firstFiveDigitYearDay) {
    return new Date(dayNumber * millisecondsPerDay).toISOString().slice(0, 10);
  }
  // Days since 0000-03-01, split into 400-year eras so leap days fall at the end of each year.
  const shifted = dayNumber + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1;
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${twoDigits[Math.floor(year / 100)]}${twoDigits[year % 100]}-${twoDigits[month]}-${twoDigits[day]}`;
}

/** The weekday key of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): WeekdayKey {
  return weekdayKeys[(((dayNumber + 4) % 7) + 7) % 7] ?? 'sun';
}

/** The weekday index (0 = Sunday … 6 = Saturday) of a day number. */
export function weekdayIndexOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
