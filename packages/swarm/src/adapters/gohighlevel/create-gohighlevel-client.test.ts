import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaioError } from '../../domain/errors.js';
import { createFakeClock } from '../../guardrails/resilience/__fixtures__/fake-clock.js';
import { createCircuitBreaker, createResilientCall, resilienceDefaults } from '../../guardrails/resilience/index.js';
import { startFakeGoHighLevelServer, type FakeGoHighLevelServer } from './__fixtures__/fake-gohighlevel-server.js';
import type { FakeOpportunity } from './__fixtures__/fake-gohighlevel-state.js';
import { createGoHighLevelClient } from './create-gohighlevel-client.js';
import { goHighLevelHttpError } from './gohighlevel-error-mapper.js';
import type { GoHighLevelResilientCall } from './resilient-call-like.js';

const token = 'pit-test-token';
const locationId = 've9EPM428h8vShlRW1KT';
const clock = createFakeClock();
/** Runs each call once with a live signal: no breaker, no retry, no timer (fast tests). */
const direct: GoHighLevelResilientCall = (operation, options) =>
  operation(options?.signal ?? new AbortController().signal);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as CaioError,
  );

const opportunities: FakeOpportunity[] = Array.from({ length: 7 }, (_, index) => ({
  id: `op${String(index + 1).padStart(18, '0')}`,
  name: `Deal ${index + 1}`,
  contactId: `ct${String(index + 1).padStart(18, '0')}`,
  pipelineId: 'pipeline-nurture',
  pipelineStageId: index < 6 ? 'stage-new' : 'stage-won',
  status: 'open',
  createdAt: `2026-01-0${index + 1}T09:00:00.000Z`,
}));

describe('GoHighLevel API v2 client (SPEC §3.7 nurture email + CRM, RES-1..RES-3)', () => {
  let server: FakeGoHighLevelServer;
  beforeAll(async () => {
    server = await startFakeGoHighLevelServer({ token, locationId, opportunities });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => server.setMode('normal'));
  const client = (overrides: { token?: string; resilientCall?: GoHighLevelResilientCall } = {}) =>
    createGoHighLevelClient({
      baseUrl: server.baseUrl,
      token: overrides.token ?? token,
      locationId,
      resilientCall: overrides.resilientCall ?? direct,
      fetch,
      clock,
    });

  it('upserts a contact with Bearer auth and Version 2021-07-28, idempotently by email', async () => {
    const first = await client().upsertContact({
      email: 'Ada.Moreau@example.com',
      firstName: 'Ada',
      lastName: 'Moreau',
    });
    const second = await client().upsertContact({ email: 'ada.moreau@example.com', companyName: 'Example Analytics' });
    expect(first.created).toBe(true);
    expect(second).toEqual({ contactId: first.contactId, created: false });
    expect(
      [...server.state.contacts.values()].filter((contact) => contact.email === 'ada.moreau@example.com'),
    ).toHaveLength(1);
    const sent = server.requests.at(-1);
    expect(sent).toMatchObject({
      method: 'POST',
      path: '/contacts/upsert',
      authorization: `Bearer ${token}`,
      version: '2021-07-28',
    });
    expect(sent?.body).toMatchObject({ locationId, email: 'ada.moreau@example.com', companyName: 'Example Analytics' });
    await expect(client().findContactIdByEmail('ADA.MOREAU@example.com')).resolves.toBe(first.contactId);
    await expect(client().findContactIdByEmail('nobody@example.org')).resolves.toBeNull();
  });

  it('sends an email through the conversations API (Version 2021-04-15) and reads it back by id', async () => {
    const { contactId } = await client().upsertContact({ email: 'lin.okafor@example.net' });
    const sent = await client().sendEmail({
      contactId,
      subject: 'Your pipeline review',
      html: '<p>Hi Lin</p>',
      text: 'Hi Lin',
      emailFrom: 'nurture@news.example.com',
    });
    expect(server.requests.at(-1)).toMatchObject({ path: '/conversations/messages', version: '2021-04-15' });
    expect(server.requests.at(-1)?.body).toEqual({
      type: 'Email',
      contactId,
      subject: 'Your pipeline review',
      html: '<p>Hi Lin</p>',
      message: 'Hi Lin',
      emailFrom: 'nurture@news.example.com',
    });
    const message = await client().getMessage(sent.messageId);
    expect(message).toMatchObject({
      id: sent.messageId,
      direction: 'outbound',
      body: '<p>Hi Lin</p>',
      messageType: 'TYPE_EMAIL',
    });
    expect(message.emailMessageIds).toEqual([sent.emailMessageId]);
    await expect(client().findConversationIds(contactId)).resolves.toEqual([sent.conversationId]);
  });

  it('collects every opportunity across 3 pages, following meta.startAfterId and meta.nextPage', async () => {
    const before = server.requests.length;
    const all = await client().searchOpportunities({ pipelineId: 'pipeline-nurture' }, { pageSize: 3 });
    expect(all.map((opportunity) => opportunity.name)).toEqual(opportunities.map((opportunity) => opportunity.name));
    const pages = server.requests.slice(before);
    expect(pages).toHaveLength(3);
    expect(pages.map((page) => page.query['page'] ?? '1')).toEqual(['1', '2', '3']);
    expect(pages.every((page) => page.version === '2021-07-28')).toBe(true);
    expect(pages[1]?.query).toMatchObject({ location_id: locationId, limit: '3', startAfterId: opportunities[2]?.id });
    const won = await client().searchOpportunities({ pipelineStageId: 'stage-won' });
    expect(won.map((opportunity) => opportunity.id)).toEqual([opportunities[6]?.id]);
  });

  it('moves an opportunity to another pipeline stage with PUT /opportunities/{id}', async () => {
    const id = opportunities[0]?.id ?? '';
    const moved = await client().moveOpportunityStage(id, 'stage-engaged');
    expect(moved).toMatchObject({ id, pipelineStageId: 'stage-engaged' });
    expect(server.requests.at(-1)).toMatchObject({
      method: 'PUT',
      path: `/opportunities/${id}`,
      body: { pipelineStageId: 'stage-engaged' },
    });
    expect(server.state.opportunities.find((opportunity) => opportunity.id === id)?.pipelineStageId).toBe(
      'stage-engaged',
    );
    await expect(client().moveOpportunityStage(id, ' ')).rejects.toMatchObject({ code: 'input_invalid' });
  });

  it('RES-1: 401 is permission_denied (never retried) and names GHL_API_TOKEN', async () => {
    const error = await failure(client({ token: 'wrong' }).upsertContact({ email: 'ada@example.com' }));
    expect(error).toMatchObject({ code: 'permission_denied', isRetryable: false, details: { status: 401 } });
    expect(error?.message).toContain('GHL_API_TOKEN');
  });

  it('like the real API, the fake rejects a request without a Version header (401 "version header was not found.")', async () => {
    const response = await fetch(
      `${server.baseUrl}/contacts/search/duplicate?locationId=${locationId}&email=a%40example.com`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(response.status).toBe(401);
    await expect(response.json()).resolves.toMatchObject({ message: 'version header was not found.' });
    const mapped = goHighLevelHttpError({
      status: 401,
      body: { statusCode: 401, message: 'version header was not found.' },
      headers: new Headers(),
      retryAfterMs: undefined,
    });
    expect(mapped).toMatchObject({ code: 'permission_denied' });
    expect(mapped.message).toContain('Version header');
  });

  it('RES-1: 429 is rate_limited with Retry-After, else the X-RateLimit-Interval-Milliseconds window', async () => {
    server.setMode('rate_limited', 7);
    await expect(client().findContactIdByEmail('ada@example.com')).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 7_000,
    });
    const withoutRetryAfter = goHighLevelHttpError({
      status: 429,
      body: { statusCode: 429, message: 'Too many requests' },
      headers: new Headers({ 'x-ratelimit-interval-milliseconds': '10000', 'x-ratelimit-remaining': '0' }),
      retryAfterMs: undefined,
    });
    expect(withoutRetryAfter).toMatchObject({ code: 'rate_limited', retryAfterMs: 10_000 });
  });

  it('RES-1: 500 is a retryable vendor_error; on a send it is also marked outcomeUnknown', async () => {
    server.setMode('server_error');
    await expect(client().searchOpportunities()).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { status: 500 },
    });
    await expect(client().sendEmail({ contactId: 'ct1', subject: 's', html: 'h', text: 't' })).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { status: 500, outcomeUnknown: true },
    });
  });

  it('a location the token cannot reach is permission_denied naming gohighlevel.locationId', async () => {
    const other = createGoHighLevelClient({
      baseUrl: server.baseUrl,
      token,
      locationId: 'otherLocation000000',
      resilientCall: direct,
      clock,
    });
    const error = await failure(other.upsertContact({ email: 'ada@example.com' }));
    expect(error).toMatchObject({ code: 'permission_denied', details: { status: 403 } });
    expect(error?.message).toContain('gohighlevel.locationId');
  });

  it('RES-2/RES-3: a hanging send times out with outcomeUnknown; the CRM breaker opens after 5 failures (RES-1)', async () => {
    const breaker = createCircuitBreaker({
      name: 'gohighlevel',
      clock,
      failureThreshold: resilienceDefaults.crmFailureThreshold,
    });
    const resilientCall = createResilientCall({ breaker, timeoutMs: 100 });
    server.setMode('hang');
    await expect(
      client({ resilientCall }).sendEmail({ contactId: 'ct1', subject: 's', html: 'h', text: 't' }),
    ).rejects.toMatchObject({
      code: 'timeout',
      details: { outcomeUnknown: true },
    });
    server.setMode('server_error');
    const before = server.requests.length;
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await expect(
        client({ resilientCall }).sendEmail({ contactId: 'ct1', subject: 's', html: 'h', text: 't' }),
      ).rejects.toMatchObject({
        code: 'vendor_error',
      });
    }
    expect(server.requests.length - before).toBe(4);
    expect(breaker.state()).toBe('open');
    await expect(
      client({ resilientCall }).sendEmail({ contactId: 'ct1', subject: 's', html: 'h', text: 't' }),
    ).rejects.toMatchObject({
      code: 'circuit_open',
    });
    expect(server.requests.length - before).toBe(4);
  });

  it('refuses to start without a token or location, naming GHL_API_TOKEN and gohighlevel.locationId', () => {
    expect(() => createGoHighLevelClient({ token: ' ', locationId: '', resilientCall: direct })).toThrow(
      /GHL_API_TOKEN and gohighlevel\.locationId/,
    );
  });
});
