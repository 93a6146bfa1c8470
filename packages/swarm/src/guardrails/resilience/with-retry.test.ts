import { describe, expect, it } from 'vitest';
import { CaioError } from '../../domain/errors.js';
import { computeRetryDelayMs } from './compute-retry-delay.js';
import { withRetry } from './with-retry.js';

function failing(errors: readonly unknown[]) {
  let calls = 0;
  const operation = (): Promise<string> => {
    const error = errors[Math.min(calls, errors.length - 1)];
    calls += 1;
    return error === undefined ? Promise.resolve('ok') : Promise.reject(error);
  };
  return { operation, calls: () => calls };
}

const transient = new CaioError('vendor_error', 'HTTP 503', { details: { status: 503 } });

/** A deterministic pseudo-random source (mulberry32). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('retries (RES-3)', () => {
  it('RES-3: non-idempotent calls are never retried', async () => {
    const { operation, calls } = failing([transient]);
    const sleeps: number[] = [];
    await expect(
      withRetry(operation, { idempotent: false, sleep: async (ms) => void sleeps.push(ms) }),
    ).rejects.toMatchObject({
      code: 'vendor_error',
    });
    expect(calls()).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('RES-3: idempotent calls retry at most 3 times with full-jitter delays under 1 s, 2 s, 4 s', async () => {
    const { operation, calls } = failing([transient]);
    const sleeps: number[] = [];
    await expect(
      withRetry(operation, { idempotent: true, random: () => 0.999_9, sleep: async (ms) => void sleeps.push(ms) }),
    ).rejects.toBe(transient);
    expect(calls()).toBe(4);
    expect(sleeps).toEqual([999, 1_999, 3_999]);
  });

  it('RES-3: every delay lies in the jitter envelope [0, min(30 s, 1 s × 2^n)) over 1,000 seeded runs', () => {
    for (let seed = 1; seed <= 1_000; seed += 1) {
      const random = seeded(seed);
      for (let retryIndex = 0; retryIndex < 8; retryIndex += 1) {
        const delay = computeRetryDelayMs(retryIndex, {}, random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(Math.min(30_000, 1_000 * 2 ** retryIndex));
      }
    }
    expect(computeRetryDelayMs(10, {}, () => 0.999_99)).toBe(29_999);
  });

  it('RES-3: a rate-limited error waits its Retry-After instead of the jittered delay', async () => {
    const limited = new CaioError('rate_limited', '429', { retryAfterMs: 7_000 });
    const { operation } = failing([limited, undefined]);
    const sleeps: number[] = [];
    await expect(
      withRetry(operation, { idempotent: true, random: () => 0, sleep: async (ms) => void sleeps.push(ms) }),
    ).resolves.toBe('ok');
    expect(sleeps).toEqual([7_000]);
  });

  it('RES-3: a Retry-After beyond the 30 s cap is handed back to the caller instead of waiting', async () => {
    const { operation, calls } = failing([new CaioError('rate_limited', '429', { retryAfterMs: 120_000 })]);
    await expect(withRetry(operation, { idempotent: true, sleep: async () => undefined })).rejects.toMatchObject({
      code: 'rate_limited',
    });
    expect(calls()).toBe(1);
  });

  it('RES-3: non-retryable errors and an open circuit stop at once', async () => {
    for (const error of [
      new CaioError('vendor_error', 'HTTP 401', { retryable: false, details: { status: 401 } }),
      new CaioError('circuit_open', 'open'),
    ]) {
      const { operation, calls } = failing([error]);
      await expect(withRetry(operation, { idempotent: true, sleep: async () => undefined })).rejects.toBe(error);
      expect(calls()).toBe(1);
    }
  });
});
