import type ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { CaioError } from '../../domain/errors.js';

/** An iCalendar DATE-TIME read as an instant, or a DATE kept as a civil date. */
export type IcalMoment = { kind: 'instant'; iso: string } | { kind: 'date'; date: string };

/**
 * Converts one ical.js time to an instant (RFC 5545 §3.3.5): `Z` values are UTC; `TZID=` values are wall
 * time in that IANA zone; floating values are wall time in `hostTimezone`. DATE values stay civil dates.
 * The zone arithmetic is luxon's on the IANA database, never the process time zone (spec §6.11); a gap
 * time moves forward by the gap length.
 *
 * @throws CaioError `vendor_error` (not retryable) for a TZID that is not an IANA zone id (e.g. a Windows
 *   zone name), so the calendar read fails closed instead of guessing.
 */
export function icalTimeToMoment(time: ICAL.Time, tzid: string | undefined, hostTimezone: string): IcalMoment {
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  if (time.isDate) return { kind: 'date', date: `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}` };
  const fields = {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  };
  const zone = time.zone?.tzid === 'UTC' ? 'UTC' : (tzid ?? hostTimezone);
  const local = DateTime.fromObject(fields, { zone });
  if (!local.isValid) {
    throw new CaioError(
      'vendor_error',
      `The calendar uses time zone "${zone}", which is not an IANA zone id; set the calendar's zone to an IANA id.`,
      { retryable: false, details: { vendor: 'CalDAV', tzid: zone } },
    );
  }
  return { kind: 'instant', iso: local.toUTC().toISO({ suppressMilliseconds: false }) ?? '' };
}

/** Host-local midnight of a `YYYY-MM-DD` date as an ISO UTC instant. */
export function hostMidnight(date: string, hostTimezone: string): string {
  return DateTime.fromISO(date, { zone: hostTimezone }).startOf('day').toUTC().toISO() ?? '';
}
