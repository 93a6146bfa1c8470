import { describe, expect, it } from 'vitest';
import { CaioError, hasErrorCode } from '../../domain/errors.js';
import { createFakeClock } from './__fixtures__/fake-clock.js';
import { createCircuitBreaker, type BreakerAlert } from './circuit-breaker.js';
import { createInMemoryBreakerStateStore } from './in-memory-breaker-state-store.js';
import { loadCircuitBreaker } from './load-circuit-breaker.js';

const minute = 60_000;
const serverError = (): CaioError => new CaioError('vendor_error', 'HTTP 503', { details: { status: 503 } });
const fail = (error: unknown) => () => Promise.reject(error);
const succeed = () => Promise.resolve('ok');

async function failTimes(
  breaker: ReturnType<typeof createCircuitBreaker>,
  count: number,
  error: unknown = serverError(),
) {
  for (let index = 0; index < count; index += 1) await breaker.execute(fail(error)).catch(() => undefined);
}

function setup(options: { failureThreshold?: number } = {}) {
  const clock = createFakeClock();
  const transitions: string[] = [];
  const alerts: BreakerAlert[] = [];
  const breaker = createCircuitBreaker({
    name: 'apollo',
    clock,
    ...options,
    onStateChange: (name, from, to) => transitions.push(`${name}:${from}->${to}`),
    onAlert: (alert) => alerts.push(alert),
  });
  return { clock, breaker, transitions, alerts };
}

describe('circuit breaker (RES-1)', () => {
  it('RES-1: trips after 3 consecutive failures (timeout, 5xx, connection error) and then rejects without calling', async () => {
    const { breaker, transitions } = setup();
    await breaker.execute(fail(new CaioError('timeout', 't'))).catch(() => undefined);
    await breaker.execute(fail(serverError())).catch(() => undefined);
    expect(breaker.state()).toBe('closed');
    await breaker
      .execute(fail(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })))
      .catch(() => undefined);
    expect(breaker.state()).toBe('open');
    expect(transitions).toEqual(['apollo:closed->open']);
    let called = false;
    const rejection = await breaker
      .execute(() => {
        called = true;
        return succeed();
      })
      .catch((error: unknown) => error);
    expect(called).toBe(false);
    expect(hasErrorCode(rejection, 'circuit_open')).toBe(true);
  });

  it('RES-1: a success between failures resets the consecutive count', async () => {
    const { breaker } = setup();
    await failTimes(breaker, 2);
    await breaker.execute(succeed);
    await failTimes(breaker, 2);
    expect(breaker.state()).toBe('closed');
  });

  it('RES-1: a CRM breaker trips after 5 consecutive failures', async () => {
    const { breaker } = setup({ failureThreshold: 5 });
    await failTimes(breaker, 4);
    expect(breaker.state()).toBe('closed');
    await failTimes(breaker, 1);
    expect(breaker.state()).toBe('open');
  });

  it('RES-1: half-opens after 5 min with exactly 1 probe; a successful probe closes', async () => {
    const { breaker, clock, transitions } = setup();
    await failTimes(breaker, 3);
    clock.advance(5 * minute - 1);
    expect(breaker.state()).toBe('open');
    clock.advance(1);
    let releaseProbe: (value: string) => void = () => undefined;
    const probe = breaker.execute(() => new Promise<string>((resolve) => (releaseProbe = resolve)));
    const second = await breaker.execute(succeed).catch((error: unknown) => error);
    expect(hasErrorCode(second, 'circuit_open')).toBe(true);
    releaseProbe('ok');
    await expect(probe).resolves.toBe('ok');
    expect(breaker.state()).toBe('closed');
    expect(transitions).toEqual(['apollo:closed->open', 'apollo:open->half_open', 'apollo:half_open->closed']);
  });

  it('RES-1: a failed probe re-opens with the open time doubled, capped at 60 min; success resets it to 5 min', async () => {
    const { breaker, clock } = setup();
    await failTimes(breaker, 3);
    const observedOpenMinutes: number[] = [breaker.snapshot().openDurationMs / minute];
    for (let round = 0; round < 6; round += 1) {
      clock.advance(breaker.snapshot().openDurationMs);
      await failTimes(breaker, 1);
      expect(breaker.state()).toBe('open');
      observedOpenMinutes.push(breaker.snapshot().openDurationMs / minute);
    }
    expect(observedOpenMinutes).toEqual([5, 10, 20, 40, 60, 60, 60]);
    clock.advance(60 * minute - 1);
    expect(breaker.state()).toBe('open');
    clock.advance(1);
    await breaker.execute(succeed);
    expect(breaker.state()).toBe('closed');
    await failTimes(breaker, 3);
    expect(breaker.snapshot().openDurationMs).toBe(5 * minute);
  });

  it('RES-1: a 429 is counted separately, does not trip, and honours Retry-After', async () => {
    const { breaker, clock } = setup();
    const tooMany = new CaioError('rate_limited', '429', { retryAfterMs: 20_000, details: { status: 429 } });
    for (let index = 0; index < 5; index += 1) {
      await breaker.execute(fail(tooMany)).catch(() => undefined);
      clock.advance(20_000);
    }
    expect(breaker.state()).toBe('closed');
    expect(breaker.counters()).toMatchObject({ rateLimited: 5, failures: 0 });
    await breaker.execute(fail(tooMany)).catch(() => undefined);
    clock.advance(5_000);
    const paused = await breaker.execute(succeed).catch((error: unknown) => error);
    expect(hasErrorCode(paused, 'rate_limited')).toBe(true);
    expect((paused as CaioError).retryAfterMs).toBe(15_000);
    clock.advance(15_000);
    await expect(breaker.execute(succeed)).resolves.toBe('ok');
  });

  it('RES-1: other 4xx do not trip the breaker but raise an alert', async () => {
    const { breaker, alerts } = setup();
    await failTimes(
      breaker,
      10,
      new CaioError('vendor_error', 'HTTP 401', { retryable: false, details: { status: 401 } }),
    );
    expect(breaker.state()).toBe('closed');
    expect(alerts).toHaveLength(10);
    expect(alerts[0]).toMatchObject({ breaker: 'apollo', kind: 'client_error' });
  });

  it('RES-1: state survives a restart through snapshot() / initialState and a BreakerStateStore (RES-4)', async () => {
    const store = createInMemoryBreakerStateStore();
    const clock = createFakeClock();
    const first = await loadCircuitBreaker({ name: 'apollo', clock, store });
    await failTimes(first, 3);
    clock.advance(5 * minute);
    await failTimes(first, 1);
    await new Promise((resolve) => setImmediate(resolve));
    const restarted = await loadCircuitBreaker({ name: 'apollo', clock, store });
    expect(restarted.state()).toBe('open');
    expect(restarted.snapshot().openDurationMs).toBe(10 * minute);
    const copied = createCircuitBreaker({ name: 'apollo', clock, initialState: restarted.snapshot() });
    clock.advance(10 * minute);
    expect(copied.state()).toBe('half_open');
  });
});
