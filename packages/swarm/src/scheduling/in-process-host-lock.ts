/**
 * The in-process {@link HostLock} of specs/scheduling.md §6.7 step 1: an async mutex keyed by host id,
 * with a lease. Sufficient for one worker process; with several, back the port with a PostgreSQL
 * advisory lock instead (or in addition).
 */
import type { HostLock, HostLockLease } from '../ports/host-lock.js';

/** Options of {@link createInProcessHostLock}. */
export interface InProcessHostLockOptions {
  /** Lease length in ms (default 30 000, spec §6.7 "for example 30 s"); after it the next waiter runs and
   *  the expired holder's fencing check fails. */
  leaseMilliseconds?: number;
}

/** Creates an in-process keyed mutex. Waiters for one host run in arrival order. */
export function createInProcessHostLock(options: InProcessHostLockOptions = {}): HostLock {
  const leaseMilliseconds = options.leaseMilliseconds ?? 30_000;
  const tails = new Map<string, Promise<void>>();
  let fencingCounter = 0;
  return {
    async withLock<T>(hostId: string, work: (lease: HostLockLease) => Promise<T>): Promise<T> {
      const previous = tails.get(hostId) ?? Promise.resolve();
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      const tail = previous.then(() => released);
      tails.set(hostId, tail);
      await previous;
      fencingCounter += 1;
      let held = true;
      const expire = (): void => {
        held = false;
        release();
      };
      const leaseTimer = setTimeout(expire, leaseMilliseconds);
      leaseTimer.unref();
      try {
        return await work({ fencingToken: fencingCounter, stillHeld: async () => held });
      } finally {
        clearTimeout(leaseTimer);
        expire();
        if (tails.get(hostId) === tail) tails.delete(hostId);
      }
    },
  };
}

let processWideLock: HostLock | undefined;

/**
 * The process-wide in-process lock: every booking service created without a `lock` shares it, so two
 * services for the same host id in one process still serialise (spec §6.7 step 1, "keyed by host id").
 * Created on first use, so importing this module starts nothing.
 */
export function processWideHostLock(): HostLock {
  processWideLock ??= createInProcessHostLock();
  return processWideLock;
}
