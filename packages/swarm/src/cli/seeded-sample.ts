/**
 * A reproducible random sample of `count` items (all of them, shuffled, when there are fewer), drawn
 * by a partial Fisher–Yates shuffle driven by mulberry32 seeded with `seed`. The same items, count and
 * seed always give the same sample, so an exported review set (SPEC §18) can be regenerated.
 *
 * @param seed any integer; only its low 32 bits are used.
 */
export function seededSample<Item>(items: readonly Item[], count: number, seed: number): Item[] {
  const pool = [...items];
  const next = mulberry32(seed);
  const size = Math.min(Math.max(0, Math.floor(count)), pool.length);
  for (let index = 0; index < size; index += 1) {
    const pick = index + Math.floor(next() * (pool.length - index));
    [pool[index], pool[pick]] = [pool[pick] as Item, pool[index] as Item];
  }
  return pool.slice(0, size);
}

/** mulberry32: a small, well-distributed 32-bit PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}
