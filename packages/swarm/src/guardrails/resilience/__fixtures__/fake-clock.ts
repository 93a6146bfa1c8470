import type { Clock } from '../../../ports/clock.js';

/** A settable clock for tests: starts at `startIso` and moves only when told. */
export interface FakeClock extends Clock {
  advance(ms: number): void;
  nowMs(): number;
}

export function createFakeClock(startIso = '2026-01-05T09:00:00.000Z'): FakeClock {
  let current = Date.parse(startIso);
  return {
    now: () => new Date(current),
    nowMs: () => current,
    advance: (ms) => {
      current += ms;
    },
  };
}
