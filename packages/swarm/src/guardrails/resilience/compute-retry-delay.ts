import { resilienceDefaults } from './resilience-defaults.js';

/** Backoff shape of RES-3. Milliseconds. */
export interface BackoffShape {
  /** First ceiling. Default 1 000 ms. */
  baseDelayMs?: number;
  /** Growth per retry. Default 2. */
  factor?: number;
  /** Largest ceiling. Default 30 000 ms. */
  maxDelayMs?: number;
}

/**
 * The delay before retry number `retryIndex` (0 for the first retry) with FULL jitter (RES-3;
 * AWS Architecture Blog, "Exponential Backoff and Jitter"): a uniform draw in
 * `[0, min(maxDelayMs, baseDelayMs × factor^retryIndex))`. `random` returns a number in [0, 1).
 *
 * @example computeRetryDelayMs(2, {}, () => 0.5) // 2 000 (half of the 4 000 ms ceiling)
 */
export function computeRetryDelayMs(retryIndex: number, shape: BackoffShape, random: () => number): number {
  const base = shape.baseDelayMs ?? resilienceDefaults.baseDelayMs;
  const factor = shape.factor ?? resilienceDefaults.backoffFactor;
  const cap = shape.maxDelayMs ?? resilienceDefaults.maxDelayMs;
  const ceiling = Math.min(cap, base * factor ** retryIndex);
  return Math.floor(random() * ceiling);
}
