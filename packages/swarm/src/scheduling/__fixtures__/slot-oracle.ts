/**
 * An independent reference for the invariants of specs/scheduling.md, built directly on
 * `Intl.DateTimeFormat` (`hourCycle: 'h23'`, `timeZoneName: 'longOffset'`) as the spec suggests for a
 * harness. Deliberately shares no code with the engine.
 */
import type { BusyEvent } from '../../ports/calendar-adapter.js';
import type { HostConfig } from '../host-config.js';

const minute = 60_000;
const day = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

export interface OracleLabel {
  date: string;
  time: string;
  offset: string;
}

export function oracleLabel(timeZone: string, instant: number): OracleLabel {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  const offsetName = String(parts.timeZoneName);
  const offset = offsetName === 'GMT' ? '+00:00' : offsetName.slice(3);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, offset };
}

function offsetMinutes(label: OracleLabel): number {
  const sign = label.offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = label.offset.slice(1).split(':').map(Number) as [number, number];
  return sign * (hours * 60 + minutes);
}

export function addDays(date: string, days: number): string {
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, dayOfMonth + days)).toISOString().slice(0, 10);
}

export function weekdayKey(date: string): string {
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
  return ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][
    new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay()
  ]!;
}

/** Local date + "HH:mm" (or "24:00") → instant: earliest exact match among nearby offsets; gaps use the earlier offset. */
export function oracleResolve(timeZone: string, date: string, time: string): number {
  if (time === '24:00') return oracleResolve(timeZone, addDays(date, 1), '00:00');
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const local = Date.UTC(year, month - 1, dayOfMonth, hours, minutes);
  // Every offset in force within ±36 h of the wall time is a candidate; keep those that read back exactly.
  const offsets = new Set(
    [-36, -12, 12, 36].map((hoursAway) => offsetMinutes(oracleLabel(timeZone, local + hoursAway * 3_600_000))),
  );
  const matches: number[] = [];
  for (const offset of offsets) {
    const candidate = local - offset * minute;
    const label = oracleLabel(timeZone, candidate);
    if (label.date === date && label.time === time) matches.push(candidate);
  }
  if (matches.length > 0) return Math.min(...matches);
  return local - offsetMinutes(oracleLabel(timeZone, local - day)) * minute;
}

export interface OracleRange {
  start: number;
  end: number;
}

export function oracleRanges(host: HostConfig, date: string): OracleRange[] {
  const override = host.dateOverrides?.find((entry) => entry.date === date);
  const weekly = host.workingHours ?? {
    mon: [['09:00', '18:00']],
    tue: [['09:00', '18:00']],
    wed: [['09:00', '18:00']],
    thu: [['09:00', '18:00']],
    fri: [['09:00', '18:00']],
  };
  const ranges = override ? override.hours : (weekly[weekdayKey(date) as keyof typeof weekly] ?? []);
  return ranges
    .map(([from, to]) => ({
      start: oracleResolve(host.timezone, date, from),
      end: oracleResolve(host.timezone, date, to),
    }))
    .filter((range) => range.end > range.start);
}

function blocks(event: BusyEvent): boolean {
  return event.transparency !== 'transparent' && event.status !== 'cancelled' && event.responseStatus !== 'declined';
}

/** Blocking intervals of timed and all-day events (recurring events are left to the caller). */
export function oracleBusy(events: BusyEvent[], hostTimezone: string): OracleRange[] {
  const intervals: OracleRange[] = [];
  for (const event of events) {
    if (!blocks(event) || event.rrule !== undefined) continue;
    if (event.allDay === true) {
      intervals.push({
        start: oracleResolve(hostTimezone, event.startDate, '00:00'),
        end: oracleResolve(hostTimezone, event.endDate ?? addDays(event.startDate, 1), '00:00'),
      });
    } else {
      intervals.push({ start: Date.parse(event.start), end: Date.parse(event.end) });
    }
  }
  return intervals;
}
