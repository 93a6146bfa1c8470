import { describe, expect, it } from 'vitest';
import { CaioError } from '../../domain/errors.js';
import type { EnrichmentProvider } from '../../ports/enrichment-provider.js';
import { createFakeClock } from './__fixtures__/fake-clock.js';
import { createCircuitBreaker } from './circuit-breaker.js';
import { createResilientCall } from './create-resilient-call.js';
import { withResilience } from './with-resilience.js';

const unavailable = (): Promise<never> =>
  Promise.reject(new CaioError('vendor_error', 'HTTP 503', { details: { status: 503 } }));

describe('createResilientCall and withResilience (RES-1..RES-3)', () => {
  it('RES-3: idempotent attempts each pass the breaker, so an opening breaker stops the retries (RES-1)', async () => {
    const breaker = createCircuitBreaker({ name: 'vendor', clock: createFakeClock() });
    const sleeps: number[] = [];
    const call = createResilientCall({
      breaker,
      timeoutMs: 0,
      retry: { random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) },
    });
    let attempts = 0;
    const error = await call(
      () => {
        attempts += 1;
        return unavailable();
      },
      { idempotent: true },
    ).catch((caught: unknown) => caught);
    expect(attempts).toBe(3);
    expect(sleeps).toEqual([500, 1_000, 2_000]);
    expect(error).toMatchObject({ code: 'circuit_open' });
    expect(breaker.state()).toBe('open');
  });

  it('RES-3: a non-idempotent call through the policy is attempted exactly once', async () => {
    const breaker = createCircuitBreaker({ name: 'vendor', clock: createFakeClock() });
    const call = createResilientCall({ breaker, timeoutMs: 0, retry: { sleep: async () => undefined } });
    let attempts = 0;
    await expect(
      call(() => {
        attempts += 1;
        return unavailable();
      }),
    ).rejects.toMatchObject({ code: 'vendor_error' });
    expect(attempts).toBe(1);
  });

  it('wraps an enrichment provider and returns the same port with the enforced timeout (STYLE.md §9)', async () => {
    const clock = createFakeClock();
    const breaker = createCircuitBreaker({ name: 'apollo', clock });
    let calls = 0;
    const inner: EnrichmentProvider = {
      slug: 'apollo',
      enrich: () => {
        calls += 1;
        return unavailable();
      },
    };
    const wrapped = withResilience(inner, { breaker, timeoutMs: 0 });
    expect(wrapped.slug).toBe('apollo');
    const request = {
      leadId: 'l',
      email: null,
      linkedinUrl: null,
      firstName: null,
      lastName: null,
      companyName: null,
      companyDomain: null,
    };
    for (let index = 0; index < 4; index += 1)
      await wrapped.enrich(request, new AbortController().signal).catch(() => undefined);
    expect(calls).toBe(3);
    expect(breaker.state()).toBe('open');
  });
});
