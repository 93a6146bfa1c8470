import { classifyError } from './classify-error.js';
import { computeRetryDelayMs, type BackoffShape } from './compute-retry-delay.js';
import { resilienceDefaults } from './resilience-defaults.js';
import { sleepOn, systemTimer } from './timer.js';

/** Facts about one scheduled retry, for logs and tests. */
export interface RetryEvent {
  /** 1 for the first retry. */
  retry: number;
  delayMs: number;
  error: Error;
}

/** Options of {@link withRetry}. */
export interface RetryOptions extends BackoffShape {
  /**
   * The caller's declaration that repeating the call is harmless (GET, or POST with an
   * idempotency key). Non-idempotent calls are never retried (RES-3: sends are at-most-once).
   */
  idempotent: boolean;
  /** Retries after the first attempt. Default 3 (RES-3). */
  maxRetries?: number;
  /** Uniform random in [0, 1). Default `Math.random` (inject a seeded one in tests). */
  random?: () => number;
  /** Waits `delayMs`. Default: the system timer. */
  sleep?: (delayMs: number) => Promise<void>;
  onRetry?: (event: RetryEvent) => void;
}

/**
 * Runs `operation`, retrying idempotent calls on retryable errors (RES-3 of `specs/security.md`):
 * at most 3 retries, exponential from 1 s, factor 2, full jitter, capped at 30 s. A
 * `rate_limited` error's `retryAfterMs` replaces the jittered delay; when it exceeds the cap
 * the error is rethrown so a job runner can reschedule instead of holding a worker. Errors are
 * rethrown as `CaioError` (see `classifyError`); `circuit_open` and non-retryable errors stop at once.
 */
export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  const maxRetries = options.idempotent ? (options.maxRetries ?? resilienceDefaults.maxRetries) : 0;
  const cap = options.maxDelayMs ?? resilienceDefaults.maxDelayMs;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? sleepOn(systemTimer);
  for (let retry = 0; ; retry += 1) {
    try {
      return await operation();
    } catch (error) {
      const classified = classifyError(error);
      if (retry >= maxRetries || !classified.isRetryable || classified.code === 'circuit_open') throw classified;
      const vendorWait = classified.code === 'rate_limited' ? classified.retryAfterMs : undefined;
      if (vendorWait !== undefined && vendorWait > cap) throw classified;
      const delayMs = vendorWait ?? computeRetryDelayMs(retry, options, random);
      options.onRetry?.({ retry: retry + 1, delayMs, error: classified });
      await sleep(delayMs);
    }
  }
}
