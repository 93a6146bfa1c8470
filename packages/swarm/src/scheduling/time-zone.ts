/**
 * IANA time-zone facts through `Intl` with cached offsets (ARCHITECTURE.md "Time"). Never consults the
 * process time zone: every function takes the zone explicitly, and an unknown zone is an error, never a
 * silent fallback to UTC (specs/scheduling.md §6.2).
 */

const millisecondsPerMinute = 60_000;
const millisecondsPerDay = 86_400_000;
/** Offsets are cached per 15-minute bucket: every modern transition falls on a quarter hour in UTC. */
const bucketMilliseconds = 15 * millisecondsPerMinute;
const maximumCachedBuckets = 200_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCaches = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * True when `timeZone` is an IANA zone id that `Intl` knows. Offset strings such as `+05:30` are not
 * IANA ids and are rejected (spec §6.2).
 */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '' || /^[+-]/.test(timeZone)) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function computeOffset(timeZone: string, epochMilliseconds: number): number {
  const wholeSecond = Math.floor(epochMilliseconds / 1000) * 1000;
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(wholeSecond)) fields[part.type] = part.value;
  let year = Number(fields.year);
  if (fields.era === 'BC' || fields.era === 'B') year = 1 - year;
  const local = new Date(0);
  local.setUTCFullYear(year, Number(fields.month) - 1, Number(fields.day));
  local.setUTCHours(Number(fields.hour), Number(fields.minute), Number(fields.second), 0);
  return local.getTime() - wholeSecond;
}

/**
 * The UTC offset of `timeZone` at an instant, in milliseconds (local = UTC + offset).
 * Throws `RangeError` for an unknown zone; validate with {@link isValidTimeZone} first.
 */
export function offsetAt(timeZone: string, epochMilliseconds: number): number {
  let cache = offsetCaches.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCaches.set(timeZone, cache);
  }
  const bucket = Math.floor(epochMilliseconds / bucketMilliseconds);
  const cached = cache.get(bucket);
  if (cached !== undefined) return cached;
  const bucketStart = bucket * bucketMilliseconds;
  const atStart = computeOffset(timeZone, bucketStart);
  const atEnd = computeOffset(timeZone, bucketStart + bucketMilliseconds - 1);
  // A bucket with a transition inside (only historical zones) is not cached: compute exactly.
  if (atStart !== atEnd) return computeOffset(timeZone, epochMilliseconds);
  if (cache.size > maximumCachedBuckets) cache.clear();
  cache.set(bucket, atStart);
  return atStart;
}

/** Wall-clock reading of an instant in a zone. */
export interface LocalReading {
  /** Day number (days since 1970-01-01) of the local date. */
  dayNumber: number;
  /** Minutes since local midnight, 0–1439 (seconds truncated). */
  minuteOfDay: number;
  /** UTC offset in milliseconds. */
  offsetMilliseconds: number;
}

/** Reads an instant on the wall clock of `timeZone`. */
export function readLocal(timeZone: string, epochMilliseconds: number): LocalReading {
  const offsetMilliseconds = offsetAt(timeZone, epochMilliseconds);
  const local = epochMilliseconds + offsetMilliseconds;
  const dayNumber = Math.floor(local / millisecondsPerDay);
  const minuteOfDay = Math.floor((local - dayNumber * millisecondsPerDay) / millisecondsPerMinute);
  return { dayNumber, minuteOfDay, offsetMilliseconds };
}

/**
 * Resolves a local date and wall time in `timeZone` to an instant with the "compatible" rule
 * (RFC 5545 §3.3.5, Temporal's default; spec §6.3 rule 5): an ambiguous time takes the earlier instant;
 * a time in a gap moves forward by the gap length.
 *
 * @param dayNumber local date as days since 1970-01-01
 * @param minuteOfDay minutes since local midnight; 1440 means the next local midnight
 * @returns epoch milliseconds
 */
export function resolveLocalTime(timeZone: string, dayNumber: number, minuteOfDay: number): number {
  const localMilliseconds = dayNumber * millisecondsPerDay + minuteOfDay * millisecondsPerMinute;
  const offsetBefore = offsetAt(timeZone, localMilliseconds - millisecondsPerDay);
  const offsetAfter = offsetAt(timeZone, localMilliseconds + millisecondsPerDay);
  let earliest: number | undefined;
  for (const offset of offsetBefore === offsetAfter ? [offsetBefore] : [offsetBefore, offsetAfter]) {
    const candidate = localMilliseconds - offset;
    if (offsetAt(timeZone, candidate) === offset && (earliest === undefined || candidate < earliest)) {
      earliest = candidate;
    }
  }
  // In a gap neither offset round-trips; reading the time with the pre-transition offset moves it forward.
  return earliest ?? localMilliseconds - offsetBefore;
}

/** Formats an offset in milliseconds as `±HH:MM` (`+00:00` for UTC), as the spec's labels require. */
export function formatOffset(offsetMilliseconds: number): string {
  const totalMinutes = Math.trunc(offsetMilliseconds / millisecondsPerMinute);
  const sign = totalMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(totalMinutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const minutes = String(absolute % 60).padStart(2, '0');
  return `${sign}${hours}:${minutes}`;
}
