/**
 * Human labels of instants for scheduling emails (specs/scheduling.md §6.6): always in the prospect's
 * zone, with the city and an explicit GMT offset ("Tue 10 Feb, 7:30 PM Kolkata time (GMT+5:30)"),
 * never a bare abbreviation. Pure: the zone is explicit, the process zone never leaks in.
 */
import { parseCivilDate, weekdayIndexOf } from '../civil-date.js';
import { labelInstant } from '../slot-labels.js';

const weekdayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** The city part of an IANA id (`America/Argentina/Buenos_Aires` → `Buenos Aires`); `UTC` for Etc zones. */
export function zoneCity(timeZone: string): string {
  if (timeZone === 'UTC' || timeZone.startsWith('Etc/')) return 'UTC';
  const last = timeZone.split('/').at(-1) ?? timeZone;
  return last.replaceAll('_', ' ');
}

/** `+05:30` → `GMT+5:30`, `-04:00` → `GMT-4`, `+00:00` → `GMT`. */
export function gmtOffsetLabel(offset: string): string {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!match || (match[2] === '00' && match[3] === '00')) return 'GMT';
  const hours = String(Number(match[2]));
  return `GMT${match[1]}${hours}${match[3] === '00' ? '' : `:${match[3]}`}`;
}

/** `HH:mm` (24 h) → `7:30 PM`. */
export function twelveHourTime(time: string): string {
  const [hoursText = '0', minutes = '00'] = time.split(':');
  const hours = Number(hoursText);
  const meridiem = hours < 12 ? 'AM' : 'PM';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}:${minutes} ${meridiem}`;
}

/**
 * Formats an instant (epoch ms) for the prospect, e.g. `Tue 10 Feb, 7:30 PM Kolkata time (GMT+5:30)`.
 * The date shown is always the prospect-local date (§6.6: "show the prospect's date").
 * @param timeZone IANA id, already validated
 */
export function formatProspectTime(timeZone: string, epochMilliseconds: number): string {
  const label = labelInstant(timeZone, epochMilliseconds);
  const dayNumber = parseCivilDate(label.date) ?? 0;
  const [, month = '01', day = '01'] = label.date.split('-');
  const weekday = weekdayNames[weekdayIndexOf(dayNumber)];
  const monthName = monthNames[Number(month) - 1];
  return `${weekday} ${Number(day)} ${monthName}, ${twelveHourTime(label.time)} ${zoneCity(timeZone)} time (${gmtOffsetLabel(label.offset)})`;
}

/** The host's wall time for the optional parenthesis of §6.6, e.g. `14:00 London time`. */
export function formatHostTime(timeZone: string, epochMilliseconds: number): string {
  const label = labelInstant(timeZone, epochMilliseconds);
  return `${label.time} ${zoneCity(timeZone)} time`;
}
