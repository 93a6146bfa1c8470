import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaioError } from '../../domain/errors.js';
import { createFakeClock, type FakeClock } from '../../guardrails/resilience/__fixtures__/fake-clock.js';
import { createCircuitBreaker, createResilientCall, type CircuitBreaker } from '../../guardrails/resilience/index.js';
import { startFakeInstantlyServer, type FakeInstantlyServer } from './__fixtures__/fake-instantly-server.js';
import { createInstantlyClient } from './create-instantly-client.js';
import { instantlyCaioTemplate } from './instantly-caio-template.js';

const apiKey = 'test-instantly-key';
const schedule = { from: '09:00', to: '17:00', days: [1, 2, 3, 4, 5], timezone: 'America/Chicago' };
const sendingAccounts = ['ada@mail.example.com', 'grace@mail.example.com'];

describe('Instantly API v2 client (SPEC §3.7, RES-1..RES-3)', () => {
  let server: FakeInstantlyServer;
  let clock: FakeClock;
  let breaker: CircuitBreaker;
  beforeAll(async () => {
    server = await startFakeInstantlyServer({ apiKey, pageSize: 2 });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.setMode('normal');
    clock = createFakeClock();
    breaker = createCircuitBreaker({ name: 'instantly', clock });
  });
  const client = (options: { apiKey?: string; timeoutMs?: number } = {}) =>
    createInstantlyClient({
      apiKey: options.apiKey ?? apiKey,
      baseUrl: server.baseUrl,
      clock,
      resilientCall: createResilientCall({
        breaker,
        timeoutMs: options.timeoutMs ?? 10_000,
        retry: { sleep: async () => undefined, random: () => 0 },
      }),
    });

  it('SPEC §3.7: creates the campaign as a draft with the sending-account list passed explicitly', async () => {
    const campaign = await client().createCampaign({
      name: 'CAIO tier 1',
      sendingAccounts,
      ...instantlyCaioTemplate,
      schedule,
    });
    expect(campaign.status).toBe(0);
    const sent = server.requests.at(-1);
    expect(sent).toMatchObject({ method: 'POST', path: '/campaigns', authorization: `Bearer ${apiKey}` });
    expect(sent?.body).toMatchObject({
      name: 'CAIO tier 1',
      email_list: sendingAccounts,
      sequences: [{ steps: [{ type: 'email', variants: [{ subject: '{{caio_subject}}', body: '{{caio_body}}' }] }] }],
      campaign_schedule: {
        schedules: [
          {
            timing: { from: '09:00', to: '17:00' },
            timezone: 'America/Chicago',
            days: { '0': false, '1': true, '6': false },
          },
        ],
      },
      insert_unsubscribe_header: true,
    });
    expect(sent?.body).not.toHaveProperty('status');
    expect(server.requests.some((request) => request.path.endsWith('/activate'))).toBe(false);
  });

  it('refuses a campaign without sending accounts or with bad times, before calling Instantly', async () => {
    const before = server.requests.length;
    await expect(
      client().createCampaign({ name: 'x', sendingAccounts: [], ...instantlyCaioTemplate, schedule }),
    ).rejects.toMatchObject({ code: 'input_invalid' });
    await expect(
      client().createCampaign({
        name: 'x',
        sendingAccounts,
        ...instantlyCaioTemplate,
        schedule: { ...schedule, from: '9am' },
      }),
    ).rejects.toMatchObject({ code: 'input_invalid' });
    expect(server.requests.length).toBe(before);
  });

  it('activates and pauses a campaign by id', async () => {
    const campaign = await client().createCampaign({
      name: 'toggle',
      sendingAccounts,
      ...instantlyCaioTemplate,
      schedule,
    });
    await expect(client().activateCampaign(campaign.id)).resolves.toMatchObject({ status: 1 });
    await expect(client().pauseCampaign(campaign.id)).resolves.toMatchObject({ status: 2 });
    expect(server.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: `/campaigns/${campaign.id}/pause`,
      body: null,
    });
  });

  it('lists every campaign across ≥ 3 pages with starting_after = the previous next_starting_after', async () => {
    for (let index = 0; index < 5; index += 1) server.seedCampaign(`seeded ${index}`, 2);
    const before = server.requests.length;
    const campaigns = await client().listCampaigns();
    expect(campaigns.map((campaign) => campaign.id)).toEqual(
      server
        .campaigns()
        .map((campaign) => campaign.id)
        .sort(),
    );
    const pageRequests = server.requests.slice(before);
    expect(pageRequests.length).toBeGreaterThanOrEqual(3);
    expect(pageRequests[0]?.query['starting_after']).toBeUndefined();
    expect(pageRequests[1]?.query['starting_after']).toBe(campaigns[1]?.id);
    expect(pageRequests[2]?.query['starting_after']).toBe(campaigns[3]?.id);
  });

  it('finds a lead by email (case-insensitive) and pages the emails sent to it', async () => {
    const campaign = await client().createCampaign({
      name: 'emails',
      sendingAccounts,
      ...instantlyCaioTemplate,
      schedule,
    });
    await client().addLead(campaign.id, { email: 'lin@example.org', customVariables: { caio_subject: 'Hi' } });
    await expect(client().findLead(campaign.id, 'LIN@example.org')).resolves.toMatchObject({
      email: 'lin@example.org',
    });
    await expect(client().findLead(campaign.id, 'nobody@example.org')).resolves.toBeNull();
    await client().activateCampaign(campaign.id);
    server.sendQueuedEmails();
    const page = await client().listEmails({ lead: 'lin@example.org', campaignId: campaign.id });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ lead: 'lin@example.org', subject: 'Hi' });
    expect(page.items[0]?.message_id).toMatch(/^<.+@mail\.example\.com>$/);
    expect(page.nextStartingAfter).toBeNull();
  });

  it('RES-1: a wrong API key (401) is permission_denied, never retried, carries Instantly’s message and does not trip', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const error = (await client({ apiKey: 'wrong' })
        .listCampaigns()
        .catch((caught: unknown) => caught)) as CaioError;
      expect(error).toMatchObject({
        code: 'permission_denied',
        isRetryable: false,
        details: { status: 401, instantlyMessage: 'Invalid API key' },
      });
      expect(error.message).toContain('INSTANTLY_API_KEY');
    }
    expect(breaker.state()).toBe('closed');
  });

  it('RES-1: 429 becomes rate_limited with retryAfterMs from Retry-After', async () => {
    const campaign = await client().createCampaign({
      name: 'limits',
      sendingAccounts,
      ...instantlyCaioTemplate,
      schedule,
    });
    server.setMode('rate_limited', 7);
    await expect(client().activateCampaign(campaign.id)).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 7_000,
      details: { status: 429, instantlyMessage: 'Rate limit exceeded' },
    });
  });

  it('RES-1/RES-3: 500 is a retryable vendor_error; a write is attempted once', async () => {
    const campaign = await client().createCampaign({
      name: 'errors',
      sendingAccounts,
      ...instantlyCaioTemplate,
      schedule,
    });
    server.setMode('server_error');
    const before = server.requests.length;
    await expect(client().addLead(campaign.id, { email: 'x@example.org', customVariables: {} })).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { status: 500 },
    });
    expect(server.requests.length - before).toBe(1);
  });

  it('RES-2: a write that never answers fails with timeout and details.outcomeUnknown', async () => {
    const campaign = await client().createCampaign({
      name: 'slow',
      sendingAccounts,
      ...instantlyCaioTemplate,
      schedule,
    });
    server.setMode('hang');
    await expect(client({ timeoutMs: 200 }).activateCampaign(campaign.id)).rejects.toMatchObject({
      code: 'timeout',
      details: { outcomeUnknown: true },
    });
  });

  it('RES-3: a lead add answered 2xx but unreadable is marked outcomeUnknown (the add may have landed)', async () => {
    const unreadable = createInstantlyClient({
      apiKey,
      baseUrl: 'https://api.example.com/api/v2',
      clock,
      fetch: async () => new Response('{"unexpected":true}', { status: 200 }),
      resilientCall: createResilientCall({ breaker, timeoutMs: 1_000 }),
    });
    await expect(
      unreadable.addLead('campaign-1', { email: 'x@example.org', customVariables: {} }),
    ).rejects.toMatchObject({ code: 'vendor_error', details: { malformed: true, outcomeUnknown: true } });
  });

  it('refuses to start without an API key, naming INSTANTLY_API_KEY', () => {
    expect(() => client({ apiKey: ' ' })).toThrow(/INSTANTLY_API_KEY/);
  });
});
