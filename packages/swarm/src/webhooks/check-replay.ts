import type { ReplayStore } from './replay-store.js';
import { minimumReplayTtlSeconds, type WebhookRejection } from './webhook-verification.js';

/** A value, or a promise of it; verifiers stay synchronous unless the replay store is async. */
export type MaybePromise<T> = T | Promise<T>;

function isPromiseLike<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** Applies `next` to a value that may be a promise, without forcing the synchronous case async. */
export function thenMaybe<T, U>(value: MaybePromise<T>, next: (resolved: T) => MaybePromise<U>): MaybePromise<U> {
  return isPromiseLike(value) ? value.then(next) : next(value);
}

/**
 * The last step of every verifier, run only after the signature and timestamp passed: a key already
 * in `seen` is a replay; otherwise the key is remembered for max(600 s, 2 × tolerance) so it outlives
 * the whole timestamp window (specs/security.md WH-4). `add()` therefore never runs for a rejected
 * request. Without a store, `accepted` is returned as is.
 */
export function checkReplay<T extends { ok: true }>(
  key: string,
  toleranceSeconds: number,
  seen: ReplayStore | undefined,
  accepted: T,
): MaybePromise<T | WebhookRejection> {
  if (seen === undefined) return accepted;
  const ttlSeconds = Math.max(minimumReplayTtlSeconds, 2 * toleranceSeconds);
  return thenMaybe(seen.has(key), (alreadySeen): MaybePromise<T | WebhookRejection> => {
    if (alreadySeen) return { ok: false, reason: 'replay' };
    return thenMaybe(seen.add(key, ttlSeconds), () => accepted);
  });
}
