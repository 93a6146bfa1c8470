/**
 * The one availability predicate of specs/scheduling.md §6.4, shared by `findSlots` (listing) and the
 * booking guard (§6.7 step 4) so both always agree.
 */
import type { BusyTimeline } from './busy-timeline.js';
import type { ResolvedHostConfig } from './host-config.js';
import { readLocal } from './time-zone.js';
import { listGridStarts } from './working-grid.js';

const millisecondsPerMinute = 60_000;

/** Why a candidate is not available, in the booking guard's failure codes (§6.7 step 4). */
export type SlotRejection = 'OUTSIDE_WORKING_HOURS' | 'TOO_SOON' | 'SLOT_UNAVAILABLE';

/** Everything the predicate needs besides the candidate. Instants in epoch ms. */
export interface SlotPredicateContext {
  host: ResolvedHostConfig;
  timeline: BusyTimeline;
  now: number;
  durationMinutes: number;
}

/**
 * Checks notice and busy data for a grid candidate starting at `start`: `start ≥ now + notice`
 * (inclusive) and no blocking interval within `bufferMinutes` on either side. Working-hour and window
 * edges are never buffered.
 */
export function rejectGridCandidate(context: SlotPredicateContext, start: number): SlotRejection | undefined {
  if (start < context.now + context.host.minimumNoticeMinutes * millisecondsPerMinute) return 'TOO_SOON';
  const end = start + context.durationMinutes * millisecondsPerMinute;
  if (context.timeline.conflicts(start, end, context.host.bufferMinutes * millisecondsPerMinute))
    return 'SLOT_UNAVAILABLE';
  return undefined;
}

/** True when `start` is a grid candidate of some working range (the host-local dates around it are searched). */
export function isOnWorkingGrid(host: ResolvedHostConfig, start: number, durationMinutes: number): boolean {
  const day = readLocal(host.timezone, start).dayNumber;
  return listGridStarts(host, day - 1, day + 1, durationMinutes).includes(start);
}

/** The full §6.4 predicate for an arbitrary start: grid membership first, then notice and busy data. */
export function rejectSlot(context: SlotPredicateContext, start: number): SlotRejection | undefined {
  if (!isOnWorkingGrid(context.host, start, context.durationMinutes)) return 'OUTSIDE_WORKING_HOURS';
  return rejectGridCandidate(context, start);
}
