/**
 * The persisted state of one circuit breaker (RES-1, RES-4 of `specs/security.md`: breaker state
 * survives restarts). Instants are epoch milliseconds (UTC); durations are milliseconds.
 */
export interface BreakerState {
  state: 'closed' | 'open' | 'half_open';
  /** Consecutive failures (timeouts, 5xx, connection errors) counted while closed. */
  consecutiveFailures: number;
  /** When the breaker last opened (epoch ms), or null when it never opened. */
  openedAtMs: number | null;
  /** How long the current (or next) open period lasts, in ms: 5 min, doubled per failed probe, capped at 60 min. */
  openDurationMs: number;
  /** Vendor-requested pause after a 429 (epoch ms), or null. Does not trip the breaker. */
  rateLimitedUntilMs: number | null;
}

/**
 * Where breaker state lives between restarts (RES-4). The store implementation (SQL) belongs to
 * `store/`; tests use the in-memory one from `guardrails/resilience`.
 */
export interface BreakerStateStore {
  /** The last saved state of breaker `name`, or null when none was saved. */
  load(name: string): Promise<BreakerState | null>;
  /** Every saved breaker state by name, in one read (the send policy's snapshot, refreshed once a second). */
  loadAll(): Promise<ReadonlyMap<string, BreakerState>>;
  /** Saves the state of breaker `name`, replacing any previous one. */
  save(name: string, state: BreakerState): Promise<void>;
}
