/**
 * The seeded [0, 1) generator (mulberry32) of `scheduling/seeded-random.ts`, for chaos tests: the
 * same seed replays the same interleavings, schedules and injected faults, so a failing run is
 * reproducible from its seed.
 */
export { createSeededRandom } from '../../../scheduling/seeded-random.js';

/**
 * Yields to the other async loops a random number of times: 0–3 microtask hops, and now and then a
 * macrotask (so database drivers waiting on I/O are not starved).
 */
export function createYieldPoint(random: () => number): () => Promise<void> {
  return async () => {
    const roll = random();
    if (roll < 0.03) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      return;
    }
    const hops = Math.floor(roll * 4);
    for (let hop = 0; hop < hops; hop += 1) await Promise.resolve();
  };
}
