import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasErrorCode } from '../../domain/errors.js';
import { createFakeClock } from './__fixtures__/fake-clock.js';
import { createCircuitBreaker } from './circuit-breaker.js';
import { createResilientCall } from './create-resilient-call.js';
import { resilienceDefaults } from './resilience-defaults.js';
import type { Timer } from './timer.js';
import { withTimeout } from './with-timeout.js';

const neverResponds = (): Promise<string> => new Promise<string>(() => undefined);

/** Settles `promise` into an observable box so fake-timer steps can check whether it is done. */
function observe<T>(promise: Promise<T>): { settled: boolean; error: unknown } {
  const box = { settled: false, error: undefined as unknown };
  promise.then(
    () => (box.settled = true),
    (error: unknown) => {
      box.settled = true;
      box.error = error;
    },
  );
  return box;
}

describe('timeouts (RES-2)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['default', resilienceDefaults.timeoutMs, 10_000],
    ['Clay', resilienceDefaults.clayTimeoutMs, 30_000],
    ['LLM', resilienceDefaults.llmTimeoutMs, 60_000],
  ])('RES-2: a never-responding %s stub fails at the timeout ± 10%%', async (_label, timeoutMs, expected) => {
    expect(timeoutMs).toBe(expected);
    const box = observe(withTimeout(neverResponds, { timeoutMs }));
    await vi.advanceTimersByTimeAsync(timeoutMs * 0.9);
    expect(box.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(timeoutMs * 0.2);
    expect(box.settled).toBe(true);
    expect(hasErrorCode(box.error, 'timeout')).toBe(true);
  });

  it('RES-2: the operation receives an AbortSignal that is aborted at the timeout', async () => {
    let received: AbortSignal | undefined;
    const box = observe(
      withTimeout(
        (signal) => {
          received = signal;
          return neverResponds();
        },
        { timeoutMs: 1_000 },
      ),
    );
    expect(received?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(received?.aborted).toBe(true);
    expect(hasErrorCode(received?.reason, 'timeout')).toBe(true);
    expect(box.settled).toBe(true);
  });

  it('RES-2: createResilientCall applies the 10 s default and the failure counts for the breaker', async () => {
    const breaker = createCircuitBreaker({ name: 'vendor', clock: createFakeClock() });
    const call = createResilientCall({ breaker });
    const box = observe(call(neverResponds));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(hasErrorCode(box.error, 'timeout')).toBe(true);
    expect(breaker.counters().failures).toBe(1);
  });

  it('RES-2: unbounded timeouts are refused; 0 means in-process and creates no timer', async () => {
    await expect(withTimeout(neverResponds, { timeoutMs: Number.POSITIVE_INFINITY })).rejects.toMatchObject({
      code: 'config_invalid',
    });
    const timer: Timer = { setTimeout: vi.fn(), clearTimeout: vi.fn() };
    await expect(withTimeout(() => Promise.resolve(7), { timeoutMs: 0, timer })).resolves.toBe(7);
    expect(timer.setTimeout).not.toHaveBeenCalled();
  });
});
