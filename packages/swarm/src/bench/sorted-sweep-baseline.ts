/**
 * The benchmark's same-run baseline for `findSlots` (issue 7): a plain sorted-interval sweep over busy
 * intervals that were already normalised to instants and working ranges already resolved to instants.
 * It computes the same `available` start set — the floor any slot engine must pay — with no labels,
 * validation, zone work or proposal selection.
 */

/** Everything pre-resolved, in epoch ms. */
export interface SweepInput {
  ranges: { start: number; end: number }[];
  intervals: { start: number; end: number }[];
  windowStart: number;
  windowEnd: number;
  earliestStart: number;
  durationMilliseconds: number;
  stepMilliseconds: number;
  bufferMilliseconds: number;
}

/** Sorts the intervals once, then sweeps candidates in start order with a moving pointer. */
export function sweepAvailableStarts(input: SweepInput): number[] {
  const intervals = [...input.intervals].sort((left, right) => left.start - right.start);
  const candidates: number[] = [];
  for (const range of input.ranges) {
    for (let start = range.start; start + input.durationMilliseconds <= range.end; start += input.stepMilliseconds) {
      candidates.push(start);
    }
  }
  candidates.sort((left, right) => left - right);
  const available: number[] = [];
  let pointer = 0;
  let reach = -Infinity;
  const maxEnds: number[] = [];
  for (const interval of intervals) {
    reach = Math.max(reach, interval.end);
    maxEnds.push(reach);
  }
  for (const start of candidates) {
    if (start < input.windowStart || start + input.durationMilliseconds > input.windowEnd) continue;
    if (start < input.earliestStart) continue;
    if (available.at(-1) === start) continue;
    const end = start + input.durationMilliseconds;
    // Advance past intervals that end too early to conflict with this or any later candidate.
    while (pointer < intervals.length && (maxEnds[pointer] ?? 0) <= start - input.bufferMilliseconds) pointer += 1;
    let conflict = false;
    for (let index = pointer; index < intervals.length; index += 1) {
      const interval = intervals[index]!;
      if (interval.start >= end + input.bufferMilliseconds) break;
      if (interval.end > start - input.bufferMilliseconds) {
        conflict = true;
        break;
      }
    }
    if (!conflict) available.push(start);
  }
  return available;
}
