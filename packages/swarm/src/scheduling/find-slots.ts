/**
 * `findSlots` — the pure slot engine of specs/scheduling.md (§6.2 validation, §6.3 normalisation,
 * §6.4 candidates and validity, §6.5 proposals). Deterministic: no I/O, never reads the system clock or
 * the process time zone; `request.now` is the clock.
 */
import type { BusyEvent } from '../ports/calendar-adapter.js';
import { normaliseBusy } from './busy-normalisation.js';
import { createBusyTimeline } from './busy-timeline.js';
import { resolveHostConfig, type HostConfig } from './host-config.js';
import { formatInstant, parseInstant } from './instant-parsing.js';
import { isProspectPreferred, resolveProspectPreference } from './prospect-preference.js';
import { selectProposals } from './proposal-selection.js';
import type { Slot, SlotRequest, SlotResult } from './slot.js';
import { labelInstant } from './slot-labels.js';
import { rejectGridCandidate } from './slot-predicate.js';
import { isValidTimeZone, readLocal } from './time-zone.js';
import { listGridStarts } from './working-grid.js';

const millisecondsPerMinute = 60_000;
/** The window cap of spec §6.2 ("cap the window at 62 days to bound the work"). */
export const maximumWindowDays = 62;
const maximumWindowMilliseconds = maximumWindowDays * 86_400_000;

/** The input of {@link findSlots}. */
export interface FindSlotsInput {
  host: HostConfig;
  busy: BusyEvent[];
  request: SlotRequest;
}

/**
 * Lists every available slot in the request window and chooses 1–5 proposals.
 *
 * - `error: 'INVALID_TIMEZONE'` when the host or prospect zone is not an IANA id (never a UTC fallback).
 * - `error: 'INVALID_WINDOW'` when `now`/`windowStart`/`windowEnd` are not instants with an offset,
 *   `windowEnd ≤ windowStart`, or `durationMinutes` is not a positive integer.
 * - A window longer than 62 days is cut to 62 days from `windowStart`, with a warning.
 * - An unreadable event or an RRULE outside the supported subset makes the whole window busy (fail
 *   closed), with a warning naming it.
 *
 * @example findSlots({ host: { timezone: 'Europe/London' }, busy: [], request: { now: '2026-03-02T08:00:00Z',
 *   durationMinutes: 30, windowStart: '2026-03-02T00:00:00Z', windowEnd: '2026-03-07T00:00:00Z',
 *   prospectTimezone: 'Asia/Kathmandu', maxProposals: 3 } })
 */
export function findSlots(input: FindSlotsInput): SlotResult {
  const { request } = input;
  if (!isValidTimeZone(input.host?.timezone) || !isValidTimeZone(request?.prospectTimezone)) {
    return { available: [], proposals: [], error: 'INVALID_TIMEZONE' };
  }
  const now = parseInstant(request.now);
  const windowStart = parseInstant(request.windowStart);
  let windowEnd = parseInstant(request.windowEnd);
  const duration = request.durationMinutes;
  if (now === undefined || windowStart === undefined || windowEnd === undefined || windowEnd <= windowStart) {
    return { available: [], proposals: [], error: 'INVALID_WINDOW' };
  }
  if (typeof duration !== 'number' || !Number.isInteger(duration) || duration <= 0) {
    return { available: [], proposals: [], error: 'INVALID_WINDOW' };
  }
  const warnings: string[] = [];
  if (windowEnd - windowStart > maximumWindowMilliseconds) {
    windowEnd = windowStart + maximumWindowMilliseconds;
    warnings.push(`The window was capped at ${maximumWindowDays} days (ends ${formatInstant(windowEnd)}).`);
  }

  const host = resolveHostConfig(input.host);
  const bufferMilliseconds = host.bufferMinutes * millisecondsPerMinute;
  const busy = normaliseBusy({
    events: Array.isArray(input.busy) ? input.busy : [],
    hostTimezone: host.timezone,
    rangeStart: windowStart - bufferMilliseconds,
    rangeEnd: windowEnd + bufferMilliseconds,
  });
  warnings.push(...busy.warnings);
  const context = {
    host,
    timeline: createBusyTimeline(busy.intervals, busy.blocksEverything),
    now,
    durationMinutes: duration,
  };
  const preference = resolveProspectPreference(
    request.prospectTimezone,
    request.prospectPreferredHours,
    request.prospectPreferredDays,
  );

  const firstDay = readLocal(host.timezone, windowStart).dayNumber - 1;
  const lastDay = readLocal(host.timezone, windowEnd).dayNumber + 1;
  const durationMilliseconds = duration * millisecondsPerMinute;
  const available: Slot[] = [];
  const availableStarts: number[] = [];
  for (const start of listGridStarts(host, firstDay, lastDay, duration)) {
    const end = start + durationMilliseconds;
    if (start < windowStart || end > windowEnd) continue;
    if (rejectGridCandidate(context, start) !== undefined) continue;
    availableStarts.push(start);
    available.push({
      start: formatInstant(start),
      end: formatInstant(end),
      host: labelInstant(host.timezone, start),
      prospect: labelInstant(request.prospectTimezone, start),
      prospectPreferred: isProspectPreferred(preference, start, end),
    });
  }
  const result: SlotResult = {
    available,
    proposals: selectProposals(available, request.maxProposals, availableStarts),
  };
  if (warnings.length > 0) result.warnings = warnings;
  return result;
}
