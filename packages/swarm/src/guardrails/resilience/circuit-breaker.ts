import { CaioError } from '../../domain/errors.js';
import type { BreakerState } from '../../ports/breaker-state-store.js';
import type { Clock } from '../../ports/clock.js';
import { classifyError, failureKindOf } from './classify-error.js';
import { resilienceDefaults } from './resilience-defaults.js';

/** The three breaker states of RES-1. */
export type BreakerStateName = BreakerState['state'];

/** Something worth a human's attention that did not change the breaker state (RES-1: other 4xx). */
export interface BreakerAlert {
  breaker: string;
  kind: 'client_error';
  message: string;
  error: CaioError;
}

/** Options of {@link createCircuitBreaker}. Durations in milliseconds. */
export interface CircuitBreakerOptions {
  /** Vendor or integration name, e.g. `apollo`; used in errors, alerts and the state store key. */
  name: string;
  clock: Clock;
  /** Consecutive failures that open the breaker. Default 3; use 5 for CRMs (RES-1). */
  failureThreshold?: number;
  /** First open period. Default 5 min (RES-1). */
  openDurationMs?: number;
  /** Cap of the doubled open period. Default 60 min (RES-1). */
  maxOpenDurationMs?: number;
  /** State to start from, e.g. loaded from a `BreakerStateStore` after a restart (RES-4). */
  initialState?: BreakerState;
  /** Called on every transition (RES-4: alert on change). Must not throw. */
  onStateChange?: (name: string, from: BreakerStateName, to: BreakerStateName) => void;
  /** Called for 4xx answers other than 429, which do not trip the breaker (RES-1). Must not throw. */
  onAlert?: (alert: BreakerAlert) => void;
  /** Called with a copy of the state after every change, for persistence. Must not throw. */
  onSnapshot?: (state: BreakerState) => void;
}

/** Counters since creation (not persisted). */
export interface CircuitBreakerCounters {
  failures: number;
  rateLimited: number;
  clientErrors: number;
  rejected: number;
}

/** A consecutive-failure circuit breaker with the exact semantics of RES-1. */
export interface CircuitBreaker {
  readonly name: string;
  /** The current state; moves `open` to `half_open` when the open period has elapsed. */
  state(): BreakerStateName;
  /** A copy of the full state, to persist (RES-4). */
  snapshot(): BreakerState;
  counters(): CircuitBreakerCounters;
  /**
   * Runs `operation` if the breaker admits it and records the outcome. Rejects with
   * `circuit_open` while open (or while the single half-open probe is in flight), with
   * `rate_limited` (and `retryAfterMs`) during a vendor's Retry-After pause, otherwise with the
   * operation's error mapped through `classifyError`.
   */
  execute<T>(operation: () => Promise<T>): Promise<T>;
}

/**
 * Creates a breaker (RES-1 of `specs/security.md`, SPEC §10): closed → open after
 * `failureThreshold` consecutive failures (timeouts, 5xx, connection errors); open for 5 min,
 * then half-open with exactly one probe; a failed probe re-opens with the open period doubled
 * (capped at 60 min); a successful probe closes and resets the open period. A 429 is counted
 * separately and pauses calls until its Retry-After; other 4xx raise `onAlert` only. A 4xx
 * answer to the probe closes the breaker: the vendor is reachable again.
 *
 * Hand-rolled rather than cockatiel: cockatiel reads `Date.now()` directly (no injected clock),
 * has no separate 429 accounting, and its state export does not carry the doubled open period.
 *
 * @example
 * const breaker = createCircuitBreaker({ name: 'apollo', clock });
 * const person = await breaker.execute(() => fetchPerson());
 */
export function createCircuitBreaker(options: CircuitBreakerOptions): CircuitBreaker {
  const threshold = options.failureThreshold ?? resilienceDefaults.failureThreshold;
  const baseOpenMs = options.openDurationMs ?? resilienceDefaults.openDurationMs;
  const maxOpenMs = options.maxOpenDurationMs ?? resilienceDefaults.maxOpenDurationMs;
  const { name, clock } = options;
  const current: BreakerState = options.initialState
    ? { ...options.initialState }
    : {
        state: 'closed',
        consecutiveFailures: 0,
        openedAtMs: null,
        openDurationMs: baseOpenMs,
        rateLimitedUntilMs: null,
      };
  const counters: CircuitBreakerCounters = { failures: 0, rateLimited: 0, clientErrors: 0, rejected: 0 };
  // A probe admitted before a restart is lost with the process, so a restored half-open breaker admits a new one.
  let probeInFlight = false;

  const nowMs = (): number => clock.now().getTime();
  const changed = (): void => options.onSnapshot?.({ ...current });
  const moveTo = (to: BreakerStateName): void => {
    const from = current.state;
    current.state = to;
    if (from !== to) options.onStateChange?.(name, from, to);
  };
  const open = (durationMs: number): void => {
    current.openedAtMs = nowMs();
    current.openDurationMs = durationMs;
    moveTo('open');
  };

  const state = (): BreakerStateName => {
    if (current.state === 'open' && nowMs() >= (current.openedAtMs ?? 0) + current.openDurationMs) {
      moveTo('half_open');
      changed();
    }
    return current.state;
  };

  const admit = (): boolean => {
    const now = nowMs();
    if (current.rateLimitedUntilMs !== null && now < current.rateLimitedUntilMs) {
      counters.rejected += 1;
      throw new CaioError('rate_limited', `${name} asked us to slow down; wait before calling again.`, {
        retryAfterMs: current.rateLimitedUntilMs - now,
      });
    }
    const observed = state();
    if (observed === 'closed') return false;
    if (observed === 'half_open' && !probeInFlight) {
      probeInFlight = true;
      return true;
    }
    counters.rejected += 1;
    const reopensInMs = observed === 'open' ? (current.openedAtMs ?? now) + current.openDurationMs - now : 0;
    throw new CaioError(
      'circuit_open',
      `${name} is failing; its circuit breaker is open. Calls resume after a probe succeeds.`,
      {
        retryAfterMs: Math.max(0, reopensInMs),
        details: { breaker: name, state: observed },
      },
    );
  };

  const recordSuccess = (isProbe: boolean): void => {
    if (isProbe) {
      current.consecutiveFailures = 0;
      current.openDurationMs = baseOpenMs;
      current.openedAtMs = null;
      moveTo('closed');
      changed();
    } else if (current.consecutiveFailures > 0) {
      current.consecutiveFailures = 0;
      changed();
    }
  };

  const recordError = (error: CaioError, isProbe: boolean): void => {
    const kind = failureKindOf(error);
    if (kind === 'failure') {
      counters.failures += 1;
      if (isProbe) open(Math.min(current.openDurationMs * 2, maxOpenMs));
      else {
        current.consecutiveFailures += 1;
        if (current.state === 'closed' && current.consecutiveFailures >= threshold) open(baseOpenMs);
      }
      changed();
    } else if (kind === 'rate_limited') {
      counters.rateLimited += 1;
      if (error.retryAfterMs !== undefined) current.rateLimitedUntilMs = nowMs() + error.retryAfterMs;
      changed();
    } else if (kind === 'client_error') {
      counters.clientErrors += 1;
      options.onAlert?.({ breaker: name, kind: 'client_error', message: error.message, error });
      if (isProbe) recordSuccess(true);
    }
  };

  return {
    name,
    state,
    snapshot: () => ({ ...current }),
    counters: () => ({ ...counters }),
    async execute<T>(operation: () => Promise<T>): Promise<T> {
      const isProbe = admit();
      try {
        const result = await operation();
        recordSuccess(isProbe);
        return result;
      } catch (error) {
        const classified = classifyError(error, name);
        recordError(classified, isProbe);
        throw classified;
      } finally {
        if (isProbe) probeInFlight = false;
      }
    },
  };
}
