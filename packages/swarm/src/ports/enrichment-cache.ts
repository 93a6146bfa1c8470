/**
 * A key/value cache for enrichment results (SPEC §3.2: company data 7 days, person data 30 days).
 * Values are plain JSON-serialisable objects. Expiry is the implementation's job, measured against
 * the clock it was given; an expired entry reads as a miss.
 */
export interface EnrichmentCache {
  /** The live value under `key`, or undefined on a miss or after expiry. */
  get(key: string): Promise<unknown>;
  /** Values for many keys at once (one round trip for remote stores); misses are absent from the map. */
  getMany(keys: readonly string[]): Promise<ReadonlyMap<string, unknown>>;
  /** Stores `value` under `key` for `ttlMs` milliseconds (must be > 0). */
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
}
