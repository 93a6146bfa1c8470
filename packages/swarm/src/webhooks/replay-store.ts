import type { Clock } from '../ports/clock.js';

/**
 * Remembers which signed deliveries were already accepted, so a replayed delivery is refused
 * (specs/security.md WH-4). Keys are the Standard Webhooks `webhook-id` or the Slack
 * `x-slack-signature` value; a namespace prefix is allowed. Either method may be async so a
 * Redis or SQL store fits behind it.
 */
export interface ReplayStore {
  /** True when `key` was added and its time to live has not run out. */
  has(key: string): boolean | Promise<boolean>;
  /** Remembers `key` for `ttlSeconds` seconds (WH-4: the verifiers always pass ≥ 600). */
  add(key: string, ttlSeconds: number): void | Promise<void>;
  /**
   * Drops `key` again. Called when a verified delivery could not be stored (5xx): the vendor's retry
   * of that same delivery must be processed, not answered as a replay — otherwise it would be lost.
   * Optional for stores that cannot delete.
   */
  forget?(key: string): void | Promise<void>;
}

/** A {@link ReplayStore} whose methods answer synchronously; verifiers given one also answer synchronously. */
export interface SyncReplayStore extends ReplayStore {
  has(key: string): boolean;
  add(key: string, ttlSeconds: number): void;
  forget?(key: string): void;
}

/** How many additions pass between sweeps of expired keys; bounds memory without a timer. */
const sweepEveryAdditions = 256;

/**
 * Creates an in-process {@link ReplayStore} for one server process or for tests. Expiry is read from
 * `clock` (milliseconds since the Unix epoch, UTC); expired keys are swept every 256 additions, so
 * memory stays proportional to the deliveries seen within the TTL. Not shared between processes —
 * use a database-backed store when several workers receive webhooks.
 *
 * @example
 * const seen = createMemoryReplayStore({ now: () => new Date() });
 * verifyStandardWebhook(request, { secrets, now: Math.floor(Date.now() / 1000), seen });
 */
export function createMemoryReplayStore(clock: Clock): SyncReplayStore & { forget(key: string): void } {
  const expiresAtMsByKey = new Map<string, number>();
  let additionsSinceSweep = 0;

  const sweep = (nowMs: number): void => {
    for (const [key, expiresAtMs] of expiresAtMsByKey) {
      if (expiresAtMs <= nowMs) expiresAtMsByKey.delete(key);
    }
  };

  return {
    has(key: string): boolean {
      const expiresAtMs = expiresAtMsByKey.get(key);
      return expiresAtMs !== undefined && expiresAtMs > clock.now().getTime();
    },
    add(key: string, ttlSeconds: number): void {
      const nowMs = clock.now().getTime();
      additionsSinceSweep += 1;
      if (additionsSinceSweep >= sweepEveryAdditions) {
        additionsSinceSweep = 0;
        sweep(nowMs);
      }
      expiresAtMsByKey.set(key, nowMs + ttlSeconds * 1000);
    },
    forget(key: string): void {
      expiresAtMsByKey.delete(key);
    },
  };
}
