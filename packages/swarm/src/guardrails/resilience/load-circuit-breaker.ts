import type { BreakerStateStore } from '../../ports/breaker-state-store.js';
import { createCircuitBreaker, type CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.js';

/** Options of {@link loadCircuitBreaker}: the breaker options plus where its state lives. */
export interface PersistentCircuitBreakerOptions extends Omit<CircuitBreakerOptions, 'initialState' | 'onSnapshot'> {
  store: BreakerStateStore;
  /** Called when saving state fails; the breaker keeps working from memory. Must not throw. */
  onPersistError?: (name: string, error: unknown) => void;
}

/**
 * Creates a breaker whose state survives restarts (RES-4): loads the last saved state of
 * `options.name` from the store, then saves a snapshot after every change (fire-and-forget, in
 * order of change). Rejects only when the initial `load` fails.
 *
 * @example
 * const breaker = await loadCircuitBreaker({ name: 'apollo', clock, store: sqlBreakerStore });
 */
export async function loadCircuitBreaker(options: PersistentCircuitBreakerOptions): Promise<CircuitBreaker> {
  const { store, onPersistError, ...breakerOptions } = options;
  const saved = await store.load(options.name);
  let pending: Promise<void> = Promise.resolve();
  return createCircuitBreaker({
    ...breakerOptions,
    ...(saved ? { initialState: saved } : {}),
    onSnapshot: (state) => {
      // Chained so an older snapshot can never overwrite a newer one.
      pending = pending
        .then(() => store.save(options.name, state))
        .catch((error: unknown) => onPersistError?.(options.name, error));
    },
  });
}
