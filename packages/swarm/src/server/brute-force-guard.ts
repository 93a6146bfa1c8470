import type { Clock } from '../ports/clock.js';

/** Limits of the brute-force guard (AUTH-4: ≥ 10 failed attempts per minute per IP → 429 for 15 min). */
export interface BruteForceLimits {
  maximumFailures: number;
  windowMs: number;
  blockMs: number;
  /** Addresses tracked at once; the oldest is forgotten beyond this (bounded memory under a flood). */
  maximumTrackedAddresses: number;
}

export const defaultBruteForceLimits: BruteForceLimits = {
  maximumFailures: 10,
  windowMs: 60_000,
  blockMs: 15 * 60_000,
  maximumTrackedAddresses: 10_000,
};

/** Tracks failed authentications per client address (AUTH-4). In memory, per server process. */
export interface BruteForceGuard {
  /** Milliseconds the address stays blocked, or 0 when it may try. */
  blockedForMs(address: string): number;
  recordFailure(address: string): void;
}

interface AddressState {
  failures: number[];
  blockedUntil: number;
}

/** Creates a {@link BruteForceGuard} reading time from `clock` (tests pass a fake clock). */
export function createBruteForceGuard(
  clock: Clock,
  limits: BruteForceLimits = defaultBruteForceLimits,
): BruteForceGuard {
  const states = new Map<string, AddressState>();
  return {
    blockedForMs(address) {
      const state = states.get(address);
      if (!state) return 0;
      return Math.max(0, state.blockedUntil - clock.now().getTime());
    },
    recordFailure(address) {
      const now = clock.now().getTime();
      const state = states.get(address) ?? { failures: [], blockedUntil: 0 };
      state.failures = state.failures.filter((at) => now - at < limits.windowMs);
      state.failures.push(now);
      if (state.failures.length >= limits.maximumFailures) {
        state.blockedUntil = now + limits.blockMs;
        state.failures = [];
      }
      states.delete(address);
      states.set(address, state);
      if (states.size > limits.maximumTrackedAddresses) {
        const oldest = states.keys().next().value;
        if (oldest !== undefined) states.delete(oldest);
      }
    },
  };
}
