/**
 * The numbers of RES-1..RES-3 (`specs/security.md`, SPEC §10). One place, so every adapter uses the
 * same values and a reviewer can check them against the spec at a glance. Durations in milliseconds.
 */
export const resilienceDefaults = {
  /** RES-1: consecutive failures that open a breaker. */
  failureThreshold: 3,
  /** RES-1: consecutive failures that open a CRM breaker. */
  crmFailureThreshold: 5,
  /** RES-1: first open period before the half-open probe (5 min). */
  openDurationMs: 5 * 60_000,
  /** RES-1: cap of the doubled open period (60 min). */
  maxOpenDurationMs: 60 * 60_000,
  /** RES-2: default per-call timeout (10 s). */
  timeoutMs: 10_000,
  /** RES-2: Clay timeout (30 s). */
  clayTimeoutMs: 30_000,
  /** RES-2: LLM timeout (60 s). */
  llmTimeoutMs: 60_000,
  /** RES-3: retries after the first attempt. */
  maxRetries: 3,
  /** RES-3: first backoff ceiling (1 s). */
  baseDelayMs: 1_000,
  /** RES-3: backoff growth factor. */
  backoffFactor: 2,
  /** RES-3: backoff cap (30 s); also the longest vendor Retry-After we wait for in-process. */
  maxDelayMs: 30_000,
} as const;
