/**
 * Sorted, merged busy intervals answering the §6.4 conflict test in O(log n) per candidate
 * (specs/scheduling.md §6.10). Merging touching intervals never changes the answer of the test.
 */
import type { BusyInterval } from './busy-interval.js';

/** A conflict oracle over blocking busy intervals. */
export interface BusyTimeline {
  /**
   * True when some blocking `[bs, be)` satisfies `bs < end + buffer && be > start - buffer`
   * (the buffer applies on both sides; touching is allowed). All values in epoch ms.
   */
  conflicts(start: number, end: number, bufferMilliseconds: number): boolean;
}

/** Builds a timeline from intervals in any order. `blocksEverything` makes every query conflict (fail closed). */
export function createBusyTimeline(intervals: readonly BusyInterval[], blocksEverything = false): BusyTimeline {
  const sorted = [...intervals].sort((left, right) => left.start - right.start);
  const merged: BusyInterval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ start: interval.start, end: interval.end });
  }
  return {
    conflicts(start, end, bufferMilliseconds) {
      if (blocksEverything) return true;
      const windowStart = start - bufferMilliseconds;
      const windowEnd = end + bufferMilliseconds;
      // First merged interval whose end is after windowStart; it conflicts iff it starts before windowEnd.
      let low = 0;
      let high = merged.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((merged[middle]?.end ?? 0) > windowStart) high = middle;
        else low = middle + 1;
      }
      const candidate = merged[low];
      return candidate !== undefined && candidate.start < windowEnd;
    },
  };
}
