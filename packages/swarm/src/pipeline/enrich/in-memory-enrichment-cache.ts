import { CaioError } from '../../domain/errors.js';
import type { Clock } from '../../ports/clock.js';
import type { EnrichmentCache } from '../../ports/enrichment-cache.js';

/** Options of {@link createInMemoryEnrichmentCache}. */
export interface InMemoryEnrichmentCacheOptions {
  clock: Clock;
  /** Oldest entries are evicted beyond this count. Default 500 000 (≈ 100k leads × company + person, with room). */
  maxEntries?: number;
}

/**
 * An {@link EnrichmentCache} in a `Map` with per-entry expiry against the injected clock.
 * Insertion-ordered eviction keeps memory bounded on long runs. Lost on restart: the SQL cache is
 * the durable one.
 *
 * @throws CaioError `input_invalid` from `set` when `ttlMs` is not a positive number.
 */
export function createInMemoryEnrichmentCache(options: InMemoryEnrichmentCacheOptions): EnrichmentCache {
  const maxEntries = options.maxEntries ?? 500_000;
  const entries = new Map<string, { value: unknown; expiresAtMs: number }>();
  const read = (key: string, nowMs: number): unknown => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAtMs > nowMs) return entry.value;
    entries.delete(key);
    return undefined;
  };
  return {
    get: (key) => Promise.resolve(read(key, options.clock.now().getTime())),
    getMany(keys) {
      const nowMs = options.clock.now().getTime();
      const found = new Map<string, unknown>();
      for (const key of keys) {
        const value = read(key, nowMs);
        if (value !== undefined) found.set(key, value);
      }
      return Promise.resolve(found);
    },
    set(key, value, ttlMs) {
      if (!(ttlMs > 0))
        return Promise.reject(new CaioError('input_invalid', `Cache TTL must be > 0 ms, got ${ttlMs}.`));
      entries.delete(key);
      entries.set(key, { value, expiresAtMs: options.clock.now().getTime() + ttlMs });
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      return Promise.resolve();
    },
  };
}
