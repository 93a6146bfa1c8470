import type { BreakerStateStore } from '../../ports/breaker-state-store.js';
import type { Clock } from '../../ports/clock.js';

/** How long the send policy reuses a breaker's stored state: one second. */
export const breakerStateCacheTtlMs = 1000;

/**
 * Reuses each breaker's stored state for `ttlMs` of the clock in the send policy's circuit-breaker
 * step (SPEC §3.7 step 11). A breaker opens for tens of seconds at least (RES-1) and the transport's
 * own breaker still guards every vendor call, so a state up to one second old only moves a refusal
 * by that second; it never lets a send past the limits ledger. `save` passes through and drops the entry.
 */
export function createCachedBreakerStates(
  store: BreakerStateStore,
  clock: Clock,
  ttlMs = breakerStateCacheTtlMs,
): BreakerStateStore {
  const cache = new Map<string, { at: number; value: ReturnType<BreakerStateStore['load']> }>();
  return {
    load(name) {
      const nowMs = clock.now().getTime();
      const cached = cache.get(name);
      if (cached && nowMs - cached.at < ttlMs && nowMs >= cached.at) return cached.value;
      const value = store.load(name);
      cache.set(name, { at: nowMs, value });
      value.catch(() => cache.delete(name));
      return value;
    },
    async save(name, state) {
      cache.delete(name);
      await store.save(name, state);
      cache.delete(name);
    },
  };
}
