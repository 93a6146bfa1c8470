/**
 * A seeded [0, 1) generator (mulberry32) for chaos tests: the same seed replays the same
 * interleavings, schedules and injected faults, so a failing run is reproducible from its seed.
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

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
