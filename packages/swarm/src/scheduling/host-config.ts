/**
 * The host's scheduling configuration (specs/scheduling.md "HostConfig", §6.1) and its defaults.
 */
import type { WeekdayKey } from './civil-date.js';

/** Weekly working hours: host-local `["HH:mm","HH:mm"]` ranges per weekday; missing days are non-working. */
export type WeeklyHours = Partial<Record<WeekdayKey, [string, string][]>>;

/** One host-local date whose hours replace the weekly hours; `hours: []` means unavailable all day. */
export interface DateOverride {
  /** `YYYY-MM-DD`, host-local. */
  date: string;
  hours: [string, string][];
}

/** A host's availability settings. All times are host-local wall clock; `"24:00"` ends at the next local midnight. */
export interface HostConfig {
  /** Default `'default'`. */
  id?: string;
  /** IANA zone id, e.g. `America/New_York`. */
  timezone: string;
  /** Default Monday–Friday `[["09:00","18:00"]]` (SPEC §7). */
  workingHours?: WeeklyHours;
  /** Minutes kept free before and after every meeting; default 15, minimum 0 (SPEC §7). */
  bufferMinutes?: number;
  /** Minutes between `now` and the earliest bookable start; default 0. */
  minimumNoticeMinutes?: number;
  /** Grid step in elapsed minutes from each range start; default 30. */
  slotIntervalMinutes?: number;
  dateOverrides?: DateOverride[];
}

/** {@link HostConfig} with every default applied. */
export interface ResolvedHostConfig {
  id: string;
  timezone: string;
  workingHours: WeeklyHours;
  bufferMinutes: number;
  minimumNoticeMinutes: number;
  slotIntervalMinutes: number;
  dateOverrides: DateOverride[];
}

/** Default working hours: Monday–Friday 09:00–18:00 host-local (SPEC §7). */
export const defaultWorkingHours: WeeklyHours = {
  mon: [['09:00', '18:00']],
  tue: [['09:00', '18:00']],
  wed: [['09:00', '18:00']],
  thu: [['09:00', '18:00']],
  fri: [['09:00', '18:00']],
};

function nonNegativeOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : fallback;
}

/**
 * Applies the defaults of spec §6.1. A negative buffer or notice is raised to 0 (the minimum allowed);
 * a slot interval that is not a positive integer falls back to 30.
 */
export function resolveHostConfig(host: HostConfig): ResolvedHostConfig {
  const interval = host.slotIntervalMinutes;
  return {
    id: host.id ?? 'default',
    timezone: host.timezone,
    workingHours: host.workingHours ?? defaultWorkingHours,
    bufferMinutes: nonNegativeOr(host.bufferMinutes, 15),
    minimumNoticeMinutes: nonNegativeOr(host.minimumNoticeMinutes, 0),
    slotIntervalMinutes: typeof interval === 'number' && Number.isInteger(interval) && interval > 0 ? interval : 30,
    dateOverrides: host.dateOverrides ?? [],
  };
}
