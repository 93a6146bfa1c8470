/**
 * Strict instant parsing. `Date.parse` reads strings without an offset in the process time zone, so it is
 * never used on its own: only text that names its offset (`Z` or `±HH:MM`) is an instant here.
 */
import { formatCivilDate, twoDigits } from './civil-date.js';

const extendedInstant = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const basicInstant = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z)$/i;

function fromFields(
  year: string,
  month: string,
  day: string,
  hour: string,
  minute: string,
  second: string | undefined,
  fraction: string | undefined,
  zone: string,
): number | undefined {
  const monthNumber = Number(month);
  const dayNumber = Number(day);
  const hourNumber = Number(hour);
  const minuteNumber = Number(minute);
  const secondNumber = Number(second ?? '0');
  if (monthNumber < 1 || monthNumber > 12 || dayNumber < 1 || hourNumber > 23 || minuteNumber > 59) return undefined;
  if (secondNumber > 59) return undefined;
  const milliseconds = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  const local = Date.UTC(
    Number(year),
    monthNumber - 1,
    dayNumber,
    hourNumber,
    minuteNumber,
    secondNumber,
    milliseconds,
  );
  if (new Date(local).getUTCDate() !== dayNumber) return undefined;
  if (zone.toUpperCase() === 'Z') return local;
  const offsetMatch = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!offsetMatch) return undefined;
  const offsetMinutes = Number(offsetMatch[2]) * 60 + Number(offsetMatch[3]);
  return local - (offsetMatch[1] === '-' ? -1 : 1) * offsetMinutes * 60_000;
}

/**
 * Parses an instant: a `Date`, epoch milliseconds, ISO-8601 with `Z` or an offset
 * (`2026-03-08T07:30:00Z`, `2026-03-08T02:30-05:00`) or RFC 5545 UTC form (`20260308T073000Z`).
 * @returns epoch milliseconds, or `undefined` when the value is not an unambiguous instant
 */
export function parseInstant(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const extended = extendedInstant.exec(text);
  if (extended) {
    const [, year, month, day, hour, minute, second, fraction, zone] = extended;
    return fromFields(year!, month!, day!, hour!, minute!, second, fraction, zone!);
  }
  const basic = basicInstant.exec(text);
  if (basic) {
    const [, year, month, day, hour, minute, second, zone] = basic;
    return fromFields(year!, month!, day!, hour!, minute!, second, undefined, zone!);
  }
  return undefined;
}

const millisecondsPerDay = 86_400_000;
/** 0000-01-01T00:00Z and 10000-01-01T00:00Z: outside them `Date#toISOString` writes six-digit years. */
const firstFourDigitYearInstant = -62_167_219_200_000;
const firstFiveDigitYearInstant = 253_402_300_800_000;

/**
 * Formats epoch milliseconds as ISO-8601 UTC, exactly as `Date#toISOString()` does (and throws the same
 * `RangeError` for a non-finite value). Whole milliseconds in years 0000–9999 are formatted with integer
 * arithmetic instead of a `Date` per call, because `findSlots` formats two instants per slot (issue 7
 * benchmark); anything else goes through `Date`.
 */
export function formatInstant(epochMilliseconds: number): string {
  if (
    !Number.isInteger(epochMilliseconds) ||
    epochMilliseconds < firstFourDigitYearInstant ||
    epochMilliseconds >= firstFiveDigitYearInstant
  ) {
    return new Date(epochMilliseconds).toISOString();
  }
  const dayNumber = Math.floor(epochMilliseconds / millisecondsPerDay);
  const millisecondOfDay = epochMilliseconds - dayNumber * millisecondsPerDay;
  const secondOfDay = Math.floor(millisecondOfDay / 1000);
  const millisecond = millisecondOfDay - secondOfDay * 1000;
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  const fraction = millisecond === 0 ? '000' : String(millisecond).padStart(3, '0');
  return `${formatCivilDate(dayNumber)}T${twoDigits[hour]}:${twoDigits[minute]}:${twoDigits[secondOfDay % 60]}.${fraction}Z`;
}
