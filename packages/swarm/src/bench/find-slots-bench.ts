/**
 * Scheduling benchmark (issue 7 "Benchmark", specs/scheduling.md §6.10): `findSlots` p50/p99 on the two
 * workloads of `find-slots-scenarios.ts`, and its time ratio to a plain sorted-interval sweep computing
 * the same slot set in the same run (target ≤ 3×). The slot sets are asserted identical.
 */
import { CaioError } from '../domain/errors.js';
import { findSlots, normaliseBusy } from '../scheduling/index.js';
import { resolveHostConfig } from '../scheduling/host-config.js';
import { readLocal } from '../scheduling/time-zone.js';
import { workingRangesOn } from '../scheduling/working-grid.js';
import { dstScenario, recurringScenario, type FindSlotsScenario } from './find-slots-scenarios.js';
import { sweepAvailableStarts, type SweepInput } from './sorted-sweep-baseline.js';

/** One workload's measurement. Times in milliseconds per call. */
export interface FindSlotsMeasurement {
  scenario: string;
  busyEvents: number;
  normalisedIntervals: number;
  availableSlots: number;
  iterations: number;
  findSlotsP50Ms: number;
  findSlotsP99Ms: number;
  /** Baseline = normalise busy + resolve working ranges + sorted sweep, per call. */
  baselineP50Ms: number;
  baselineP99Ms: number;
  /** The sweep alone over pre-resolved input (information only). */
  sweepOnlyP50Ms: number;
  /** findSlots p50 ÷ baseline p50 (target ≤ 3). */
  ratio: number;
}

function percentile(samples: number[], fraction: number): number {
  const sorted = [...samples].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

/**
 * The baseline's own resolution of the raw input: busy normalisation (§6.3, the shared expander — any
 * implementation must expand RRULEs and all-day events to compute the same slots) and working ranges
 * resolved to instants. Timed as part of the baseline; no labels, validation or proposal selection.
 */
function baselineInput(scenario: FindSlotsScenario): SweepInput {
  const { host: rawHost, busy, request } = scenario.input;
  const host = resolveHostConfig(rawHost);
  const windowStart = Date.parse(request.windowStart);
  const windowEnd = Date.parse(request.windowEnd);
  const buffer = host.bufferMinutes * 60_000;
  const normalised = normaliseBusy({
    events: busy,
    hostTimezone: host.timezone,
    rangeStart: windowStart - buffer,
    rangeEnd: windowEnd + buffer,
  });
  const ranges = [];
  const firstDay = readLocal(host.timezone, windowStart).dayNumber - 1;
  const lastDay = readLocal(host.timezone, windowEnd).dayNumber + 1;
  for (let day = firstDay; day <= lastDay; day += 1) ranges.push(...workingRangesOn(host, day));
  return {
    ranges,
    intervals: normalised.intervals,
    windowStart,
    windowEnd,
    earliestStart: Date.parse(request.now) + host.minimumNoticeMinutes * 60_000,
    durationMilliseconds: request.durationMinutes * 60_000,
    stepMilliseconds: host.slotIntervalMinutes * 60_000,
    bufferMilliseconds: buffer,
  };
}

function time(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/**
 * Measures one workload, alternating engine and baseline calls so both see the same machine state.
 * @throws CaioError `internal` when the two slot sets differ
 */
export function measureFindSlotsScenario(scenario: FindSlotsScenario, iterations: number): FindSlotsMeasurement {
  const sweepInput = baselineInput(scenario);
  const engineStarts = findSlots(scenario.input).available.map((slot) => Date.parse(slot.start));
  const baselineStarts = sweepAvailableStarts(sweepInput);
  if (engineStarts.length !== baselineStarts.length || engineStarts.some((start, i) => start !== baselineStarts[i])) {
    throw new CaioError(
      'internal',
      `findSlots and the sweep baseline disagree on "${scenario.name}" (${engineStarts.length} vs ${baselineStarts.length} slots).`,
    );
  }
  const engine: number[] = [];
  const baseline: number[] = [];
  const sweepOnly: number[] = [];
  for (let warmup = 0; warmup < 20; warmup += 1) {
    findSlots(scenario.input);
    sweepAvailableStarts(baselineInput(scenario));
  }
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    engine.push(time(() => findSlots(scenario.input)));
    baseline.push(time(() => sweepAvailableStarts(baselineInput(scenario))));
    sweepOnly.push(time(() => sweepAvailableStarts(sweepInput)));
  }
  const findSlotsP50Ms = percentile(engine, 0.5);
  const baselineP50Ms = percentile(baseline, 0.5);
  return {
    scenario: scenario.name,
    busyEvents: scenario.busyEvents,
    normalisedIntervals: sweepInput.intervals.length,
    availableSlots: engineStarts.length,
    iterations,
    findSlotsP50Ms,
    findSlotsP99Ms: percentile(engine, 0.99),
    baselineP50Ms,
    baselineP99Ms: percentile(baseline, 0.99),
    sweepOnlyP50Ms: percentile(sweepOnly, 0.5),
    ratio: findSlotsP50Ms / baselineP50Ms,
  };
}

/** Runs both workloads. */
export function measureFindSlots(iterations = 300): FindSlotsMeasurement[] {
  return [dstScenario(), recurringScenario()].map((scenario) => measureFindSlotsScenario(scenario, iterations));
}

/** One line per workload for the benchmark log. */
export function describeFindSlots(results: FindSlotsMeasurement[]): string {
  return results
    .map(
      (result) =>
        `findSlots ${result.scenario} (${result.normalisedIntervals} normalised intervals, ${result.availableSlots} slots, ${result.iterations} runs): ` +
        `p50 ${result.findSlotsP50Ms.toFixed(3)} ms, p99 ${result.findSlotsP99Ms.toFixed(3)} ms; ` +
        `baseline (normalise + ranges + sweep) p50 ${result.baselineP50Ms.toFixed(3)} ms, p99 ${result.baselineP99Ms.toFixed(3)} ms ` +
        `(sweep alone ${result.sweepOnlyP50Ms.toFixed(3)} ms); ratio ${result.ratio.toFixed(2)}× (target ≤ 3); identical slots\n`,
    )
    .join('');
}
