import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { HostLock, HostLockLease } from '../../ports/host-lock.js';
import type { Database } from '../schema.js';
import { createKeyedMutex } from './keyed-mutex.js';

/**
 * The first key of every host lock: "CAIO CAL". The two-int4 form of the advisory lock functions lives
 * in its own key space (`objsubid = 2`), so it never collides with the send ledger's bigint lock.
 */
const hostLockNamespace = 0x0ca1_0ca1;

/** Options of {@link createAdvisoryHostLock}. */
export interface AdvisoryHostLockOptions {
  /**
   * `session` (default): `pg_advisory_lock` on a pinned connection, unlocked in `finally` — works on
   * PGlite, whose single connection would otherwise be blocked for the locked work by an open transaction.
   * `transaction`: `pg_advisory_xact_lock` inside a transaction held for the work (PostgreSQL with a pool of
   * ≥ 2 connections only); released by commit/rollback, also when the worker dies.
   */
  scope?: 'session' | 'transaction';
  /** Lease length in ms (default 30 000, specs/scheduling.md §6.7 "for example 30 s"); after it `stillHeld` is false. */
  leaseMilliseconds?: number;
  /** Timer source (default the global `setTimeout`), for tests. */
  setTimer?: (callback: () => void, milliseconds: number) => { clear(): void };
}

/** The 32-bit second key of a host's advisory lock: the first 4 bytes of SHA-256(host id), signed. */
export function hostLockKey(hostId: string): number {
  return createHash('sha256').update(hostId).digest().readInt32BE(0);
}

const defaultTimer: NonNullable<AdvisoryHostLockOptions['setTimer']> = (callback, milliseconds) => {
  const timer = setTimeout(callback, milliseconds);
  timer.unref();
  return { clear: () => clearTimeout(timer) };
};

/**
 * The multi-process {@link HostLock} of specs/scheduling.md §6.7 step 1: an in-process keyed mutex, then a
 * PostgreSQL advisory lock `(0x0CA10CA1, hostLockKey(hostId))` on one connection, so several worker
 * processes sharing a database book one host at a time. The lease's `stillHeld()` is the fencing check:
 * false once the lease time has passed, or when that connection no longer holds the lock (lost session).
 * `fencingToken` grows with every grant in this process.
 *
 * @throws whatever the database throws when the lock cannot be taken (the booking fails closed).
 */
export function createAdvisoryHostLock(database: Kysely<Database>, options: AdvisoryHostLockOptions = {}): HostLock {
  const scope = options.scope ?? 'session';
  const leaseMilliseconds = options.leaseMilliseconds ?? 30_000;
  const setTimer = options.setTimer ?? defaultTimer;
  const mutex = createKeyedMutex();
  let fencingCounter = 0;

  async function runLocked<T>(
    connection: Kysely<Database>,
    key: number,
    work: (lease: HostLockLease) => Promise<T>,
  ): Promise<T> {
    fencingCounter += 1;
    let leaseValid = true;
    const timer = setTimer(() => (leaseValid = false), leaseMilliseconds);
    const lease: HostLockLease = {
      fencingToken: fencingCounter,
      async stillHeld() {
        if (!leaseValid) return false;
        const held = await sql<{ held: boolean }>`
          SELECT EXISTS (
            SELECT 1 FROM pg_locks
            WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
              AND classid::bigint = ${hostLockNamespace}::bigint AND objid::bigint = (${key}::int::bigint & 4294967295)
              AND objsubid = 2
          ) AS held`.execute(connection);
        return held.rows[0]?.held === true && leaseValid;
      },
    };
    try {
      return await work(lease);
    } finally {
      timer.clear();
    }
  }

  return {
    withLock(hostId, work) {
      const key = hostLockKey(hostId);
      return mutex.run(hostId, () => {
        if (scope === 'transaction') {
          return database.transaction().execute(async (transaction) => {
            await sql`SELECT pg_advisory_xact_lock(${hostLockNamespace}::int, ${key}::int)`.execute(transaction);
            return runLocked(transaction, key, work);
          });
        }
        return database.connection().execute(async (connection) => {
          await sql`SELECT pg_advisory_lock(${hostLockNamespace}::int, ${key}::int)`.execute(connection);
          try {
            return await runLocked(connection, key, work);
          } finally {
            await sql`SELECT pg_advisory_unlock(${hostLockNamespace}::int, ${key}::int)`.execute(connection);
          }
        });
      });
    },
  };
}
