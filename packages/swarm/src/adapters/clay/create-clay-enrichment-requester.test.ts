import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFakeClock, type FakeClock } from '../../guardrails/resilience/__fixtures__/fake-clock.js';
import { createCircuitBreaker, createResilientCall, type CircuitBreaker } from '../../guardrails/resilience/index.js';
import type { ClayEnrichmentRow } from '../../ports/clay-enrichment-requester.js';
import { startFakeClayServer, type FakeClayServer } from './__fixtures__/fake-clay-server.js';
import { createClayEnrichmentRequester } from './create-clay-enrichment-requester.js';

const token = 'clay-table-token-example';
const row: ClayEnrichmentRow = {
  correlationId: 'li_0123',
  linkedinUrl: 'https://www.linkedin.com/in/ada-example',
  firstName: 'Ada',
  lastName: 'Example',
  companyName: 'Example Ltd',
  companyDomain: 'example.com',
};

describe('Clay enrichment requester (SPEC §3.2, RES-1..RES-3)', () => {
  let server: FakeClayServer;
  let clock: FakeClock;
  let breaker: CircuitBreaker;
  beforeAll(async () => {
    server = await startFakeClayServer({ token });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.setMode('normal');
    clock = createFakeClock();
    breaker = createCircuitBreaker({ name: 'clay', clock });
  });
  const requester = (options: { token?: string; url?: string; timeoutMs?: number } = {}) =>
    createClayEnrichmentRequester({
      tableWebhookUrl: options.url ?? server.tableWebhookUrl,
      token: options.token ?? token,
      fetch,
      clock,
      resilientCall: createResilientCall({ breaker, timeoutMs: options.timeoutMs ?? 30_000 }),
    });

  it('SPEC 3.2: POSTs the lead as one JSON row with the correlation id and the token header', async () => {
    await requester().send(row);
    expect(server.rows.at(-1)).toEqual(row);
    expect(server.requests.at(-1)).toMatchObject({ token, contentType: 'application/json' });
  });

  it('RES-1: a wrong token is a non-retryable permission_denied naming CLAY_WEBHOOK_TOKEN and does not trip', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const error = await requester({ token: 'wrong' })
        .send(row)
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'permission_denied', isRetryable: false, details: { status: 401 } });
      expect((error as Error).message).toContain('CLAY_WEBHOOK_TOKEN');
    }
    expect(breaker.state()).toBe('closed');
  });

  it('RES-1: 429 carries retryAfterMs from Retry-After and pauses calls until it passes', async () => {
    server.setMode('rate_limited', 7);
    await expect(requester().send(row)).rejects.toMatchObject({ code: 'rate_limited', retryAfterMs: 7_000 });
    server.setMode('normal');
    const before = server.requests.length;
    await expect(requester().send(row)).rejects.toMatchObject({ code: 'rate_limited' });
    expect(server.requests.length).toBe(before);
    clock.advance(7_000);
    await expect(requester().send(row)).resolves.toBeUndefined();
  });

  it('RES-3: a 5xx is a retryable vendor_error, sent once (a POST adds a row, so it is not idempotent)', async () => {
    server.setMode('server_error');
    const before = server.requests.length;
    await expect(requester().send(row)).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { status: 500 },
    });
    expect(server.requests.length - before).toBe(1);
  });

  it('a deleted or mistyped webhook (404) is a non-retryable vendor_error telling where to copy the URL', async () => {
    await expect(requester({ url: `${server.baseUrl}/api/v1/webhooks/source/gone` }).send(row)).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: false,
      message: expect.stringContaining('Monitor webhook'),
    });
  });

  it('RES-2: a never-answering Clay fails with timeout at the configured timeout', async () => {
    server.setMode('hang');
    await expect(requester({ timeoutMs: 300 }).send(row)).rejects.toMatchObject({ code: 'timeout' });
  });

  it('refuses a non-https webhook URL (lead data travels in it)', () => {
    expect(() => requester({ url: 'http://clay.example.com/hook' })).toThrow(/https/);
  });
});
