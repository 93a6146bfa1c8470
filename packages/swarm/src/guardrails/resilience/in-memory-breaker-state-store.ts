import type { BreakerState, BreakerStateStore } from '../../ports/breaker-state-store.js';

/**
 * A {@link BreakerStateStore} in a `Map`, for tests and single-run CLI use. State does not survive
 * the process; production wiring uses the SQL store. Stores copies, so callers cannot mutate it.
 */
export function createInMemoryBreakerStateStore(): BreakerStateStore {
  const states = new Map<string, BreakerState>();
  return {
    load: (name) => Promise.resolve(states.has(name) ? { ...(states.get(name) as BreakerState) } : null),
    loadAll: () => Promise.resolve(new Map([...states].map(([name, state]) => [name, { ...state }]))),
    save: (name, state) => {
      states.set(name, { ...state });
      return Promise.resolve();
    },
  };
}
