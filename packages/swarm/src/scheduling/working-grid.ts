/**
 * The host-anchored candidate grid (specs/scheduling.md §6.4): for each host-local date, the working
 * ranges (date override, else weekly hours) resolved to instants with the compatible rule, stepped in
 * elapsed minutes from each range start. A meeting never spans two ranges or two days.
 */
import { formatCivilDate, weekdayOf } from './civil-date.js';
import type { ResolvedHostConfig } from './host-config.js';
import { resolveLocalTime } from './time-zone.js';
import { parseWallTime } from './wall-time.js';

const millisecondsPerMinute = 60_000;

/** A working range of one host-local date, resolved to instants `[start, end)` in epoch ms. */
export interface WorkingRange {
  start: number;
  end: number;
}

/** The working ranges of host-local date `dayNumber`, with overrides applied; malformed ranges are skipped. */
export function workingRangesOn(host: ResolvedHostConfig, dayNumber: number): WorkingRange[] {
  const date = formatCivilDate(dayNumber);
  const override = host.dateOverrides.find((entry) => entry.date === date);
  const ranges = override ? override.hours : (host.workingHours[weekdayOf(dayNumber)] ?? []);
  const resolved: WorkingRange[] = [];
  for (const range of Array.isArray(ranges) ? ranges : []) {
    const from = parseWallTime(range?.[0], false);
    const to = parseWallTime(range?.[1], true);
    if (from === undefined || to === undefined) continue;
    const start = resolveLocalTime(host.timezone, dayNumber, from);
    const end = resolveLocalTime(host.timezone, dayNumber, to);
    if (end > start) resolved.push({ start, end });
  }
  return resolved;
}

/**
 * Every grid start `t = A + k·interval` with `t + duration ≤ B` over host-local dates
 * `firstDay..lastDay`, ascending and unique (epoch ms).
 */
export function listGridStarts(
  host: ResolvedHostConfig,
  firstDay: number,
  lastDay: number,
  durationMinutes: number,
): number[] {
  const step = host.slotIntervalMinutes * millisecondsPerMinute;
  const duration = durationMinutes * millisecondsPerMinute;
  const starts: number[] = [];
  for (let day = firstDay; day <= lastDay; day += 1) {
    for (const range of workingRangesOn(host, day)) {
      for (let start = range.start; start + duration <= range.end; start += step) starts.push(start);
    }
  }
  starts.sort((left, right) => left - right);
  return starts.filter((start, index) => index === 0 || start !== starts[index - 1]);
}
