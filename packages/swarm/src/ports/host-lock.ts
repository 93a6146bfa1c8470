/**
 * The per-host booking lock (specs/scheduling.md §6.7 step 1). In-process it is an async mutex keyed by
 * host id; with several worker processes the integrator backs it with a PostgreSQL advisory lock held
 * inside a transaction. Never hold it across an LLM call or an email send.
 */

/** The lease handed to the locked work, used for the fencing check just before the calendar write. */
export interface HostLockLease {
  /** A number that grows with every grant of the lock for a host (fencing token). */
  readonly fencingToken: number;
  /** True while the lease is still ours (not expired, connection not lost). Check it right before writing. */
  stillHeld(): Promise<boolean>;
}

/** Runs work exclusively per host id. */
export interface HostLock {
  /**
   * Runs `work` while holding the lock for `hostId`; callers for the same host queue behind each other.
   * Resolves/rejects with `work`'s result and always releases the lock.
   */
  withLock<T>(hostId: string, work: (lease: HostLockLease) => Promise<T>): Promise<T>;
}
