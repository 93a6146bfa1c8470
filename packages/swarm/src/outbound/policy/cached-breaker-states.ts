import type { BreakerState, BreakerStateStore } from '../../ports/breaker-state-store.js';
import type { Clock } from '../../ports/clock.js';

/** How long the send policy reuses the stored breaker states: one second. */
export const breakerStateCacheTtlMs = 1000;

/**
 * Reuses ONE snapshot of every stored breaker state for `ttlMs` of the clock in the send policy's
 * circuit-breaker step (SPEC §3.7 step 11): one read a second, however many sending domains rotate.
 * (Per-name entries missed on nearly every send once 10+ sending domains took turns: each came back
 * after the TTL.) A breaker opens for tens of seconds at least (RES-1) and the transport's own breaker
 * still guards every vendor call, so a state up to one second old only moves a refusal by that
 * second; it never lets a send past the limits ledger. `save` passes through and drops the snapshot.
 */
export function createCachedBreakerStates(
  store: BreakerStateStore,
  clock: Clock,
  ttlMs = breakerStateCacheTtlMs,
): BreakerStateStore {
  let snapshot: { at: number; value: Promise<ReadonlyMap<string, BreakerState>> } | null = null;
  const current = (): Promise<ReadonlyMap<string, BreakerState>> => {
    const nowMs = clock.now().getTime();
    if (snapshot && nowMs - snapshot.at < ttlMs && nowMs >= snapshot.at) return snapshot.value;
    const value = store.loadAll();
    const taken = { at: nowMs, value };
    snapshot = taken;
    value.catch(() => {
      if (snapshot === taken) snapshot = null;
    });
    return value;
  };
  return {
    load: async (name) => (await current()).get(name) ?? null,
    loadAll: current,
    async save(name, state) {
      snapshot = null;
      await store.save(name, state);
      snapshot = null;
    },
  };
}
