import type { CircuitBreaker } from './circuit-breaker.js';
import { resilienceDefaults } from './resilience-defaults.js';
import { withRetry, type RetryOptions } from './with-retry.js';
import { withTimeout } from './with-timeout.js';
import type { Timer } from './timer.js';

/** How every outbound call of one vendor is protected (RES-1..RES-3). */
export interface ResiliencePolicy {
  /** The vendor's breaker; share one instance across all calls to that vendor. */
  breaker: CircuitBreaker;
  /** Per-attempt timeout in ms. Default 10 000 (RES-2); `0` = in-process call, no timer. */
  timeoutMs?: number;
  timer?: Timer;
  /** Backoff settings; whether a call is idempotent is declared per call. */
  retry?: Omit<RetryOptions, 'idempotent'>;
}

/** Per-call options of a {@link ResilientCall}. */
export interface ResilientCallOptions {
  /** True only for GET or POST-with-idempotency-key calls (RES-3). Default false: no retries. */
  idempotent?: boolean;
  /** A caller's signal; aborting it aborts the current attempt. */
  signal?: AbortSignal;
}

/** Runs one outbound operation under the policy; the operation receives the attempt's AbortSignal. */
export type ResilientCall = <T>(
  operation: (signal: AbortSignal) => Promise<T>,
  options?: ResilientCallOptions,
) => Promise<T>;

/**
 * Composes breaker → retry → timeout (RES-1..RES-3, SPEC §10). The retry loop sends every attempt
 * through the breaker, so each timed-out attempt counts as one consecutive failure and a breaker
 * that opens mid-loop stops the retries at once (`circuit_open` is never retried). Errors reach
 * the caller as `CaioError` with codes `timeout`, `vendor_error` (with `details.status`),
 * `rate_limited` (with `retryAfterMs`) or `circuit_open`.
 *
 * @example
 * const call = createResilientCall({ breaker, timeoutMs: 10_000 });
 * const body = await call((signal) => fetch(url, { signal }).then((r) => r.json()), { idempotent: true });
 */
export function createResilientCall(policy: ResiliencePolicy): ResilientCall {
  const timeoutMs = policy.timeoutMs ?? resilienceDefaults.timeoutMs;
  const name = policy.breaker.name;
  return <T>(operation: (signal: AbortSignal) => Promise<T>, options: ResilientCallOptions = {}): Promise<T> => {
    const attempt = (): Promise<T> =>
      policy.breaker.execute(() =>
        withTimeout(operation, {
          timeoutMs,
          name,
          ...(policy.timer ? { timer: policy.timer } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        }),
      );
    return withRetry(attempt, { ...policy.retry, idempotent: options.idempotent ?? false });
  };
}
