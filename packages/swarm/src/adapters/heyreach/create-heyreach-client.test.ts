import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaioError } from '../../domain/errors.js';
import { startFakeHeyReachServer, type FakeHeyReachServer } from './__fixtures__/fake-heyreach-server.js';
import { heyReachClientFor } from '../../test-support/heyreach-test-setup.js';

const apiKey = 'test-heyreach-key';
const campaignIds = [101, 102, 103, 104, 105, 106, 107];

describe('HeyReach client (SPEC §3.7, RES-1..RES-3)', () => {
  let server: FakeHeyReachServer;
  beforeAll(async () => {
    server = await startFakeHeyReachServer({
      apiKey,
      campaigns: campaignIds.map((id) => ({
        id,
        status: id % 2 === 0 ? 'PAUSED' : 'IN_PROGRESS',
        campaignAccountIds: [113298],
      })),
      lists: [{ id: 555 }],
    });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.setFault('normal');
    server.requests.length = 0;
  });

  it('sends the X-API-KEY header and checks the key with GET /auth/CheckApiKey', async () => {
    await expect(heyReachClientFor(server.baseUrl).client.checkApiKey()).resolves.toBeUndefined();
    expect(server.requests).toEqual([{ method: 'GET', path: '/auth/CheckApiKey', query: {}, body: null, apiKey }]);
  });

  it('pages through POST /campaign/GetAll by offset/limit until every campaign is read (3 pages of 3)', async () => {
    const campaigns = await heyReachClientFor(server.baseUrl).client.getAllCampaigns({ pageSize: 3 });
    expect(campaigns.map((campaign) => campaign.id)).toEqual(campaignIds.map(String));
    expect(server.requests.map((request) => request.body)).toEqual([
      { offset: 0, limit: 3 },
      { offset: 3, limit: 3 },
      { offset: 6, limit: 3 },
    ]);
    expect(campaigns[0]).toMatchObject({ status: 'IN_PROGRESS', campaignAccountIds: ['113298'] });
  });

  it('RES-1: a wrong API key (401) is permission_denied, names HEYREACH_API_KEY, is never retried and does not trip the breaker', async () => {
    const { client, breaker } = heyReachClientFor(server.baseUrl, { apiKey: 'wrong-key' });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const error = (await client
        .getCampaigns({ offset: 0, limit: 10 })
        .catch((caught: unknown) => caught)) as CaioError;
      expect(error).toMatchObject({ code: 'permission_denied', isRetryable: false, details: { status: 401 } });
      expect(error.message).toContain('HEYREACH_API_KEY');
    }
    expect(server.requests).toHaveLength(3);
    expect(breaker.state()).toBe('closed');
  });

  it('RES-1: 429 becomes rate_limited with retryAfterMs from Retry-After', async () => {
    server.setFault('rate_limited', { retryAfterSeconds: 7 });
    await expect(
      heyReachClientFor(server.baseUrl, { maxRetries: 0 }).client.getCampaigns({ offset: 0, limit: 10 }),
    ).rejects.toMatchObject({ code: 'rate_limited', retryAfterMs: 7_000, details: { status: 429 } });
  });

  it('RES-1: 500 becomes a retryable vendor_error with the status, carrying HeyReach errorMessage', async () => {
    server.setFault('server_error');
    const error = (await heyReachClientFor(server.baseUrl, { maxRetries: 0 })
      .client.getCampaigns({ offset: 0, limit: 10 })
      .catch((caught: unknown) => caught)) as CaioError;
    expect(error).toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { status: 500, operation: 'campaign/GetAll' },
    });
    expect(error.message).toContain('An internal error occurred');
  });

  it('RES-3: reads are retried after a 5xx, writes (pause) are attempted once', async () => {
    server.setFault('server_error', { path: '/campaign/GetAll' });
    const { client } = heyReachClientFor(server.baseUrl);
    await expect(client.getCampaigns({ offset: 0, limit: 10 })).rejects.toMatchObject({ code: 'circuit_open' });
    expect(server.requests).toHaveLength(3);
    server.requests.length = 0;
    server.setFault('server_error', { path: '/campaign/Pause' });
    await expect(heyReachClientFor(server.baseUrl).client.pauseCampaign(101)).rejects.toMatchObject({
      code: 'vendor_error',
      details: { status: 500 },
    });
    expect(server.requests).toHaveLength(1);
  });

  it('RES-2: a never-answering HeyReach fails with timeout at the configured timeout', async () => {
    server.setFault('hang');
    const started = performance.now();
    await expect(
      heyReachClientFor(server.baseUrl, { timeoutMs: 300, maxRetries: 0 }).client.checkApiKey(),
    ).rejects.toMatchObject({ code: 'timeout' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('pauses and resumes a campaign with the campaignId query parameter; Resume refuses a running campaign', async () => {
    const { client } = heyReachClientFor(server.baseUrl);
    await client.pauseCampaign(101);
    expect(server.campaignStatus(101)).toBe('PAUSED');
    expect(server.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/campaign/Pause',
      query: { campaignId: '101' },
    });
    await client.resumeCampaign(101);
    expect(server.campaignStatus(101)).toBe('IN_PROGRESS');
    await expect(client.resumeCampaign(101)).rejects.toMatchObject({ code: 'vendor_error', details: { status: 400 } });
  });

  it('GetLead answers the lead HeyReach holds, or null for an unknown profile (404)', async () => {
    const { client } = heyReachClientFor(server.baseUrl);
    expect(await client.getLead('https://www.linkedin.com/in/nobody-example')).toBeNull();
    await client.addLeadsToList({
      listId: 555,
      leads: [{ profileUrl: 'https://www.linkedin.com/in/grace-example', firstName: 'Grace' }],
    });
    expect(await client.getLead('https://www.linkedin.com/in/grace-example')).toMatchObject({
      profileUrl: 'https://www.linkedin.com/in/grace-example',
      firstName: 'Grace',
      linkedin_id: '63456789',
    });
  });

  it('refuses to start without an API key, naming HEYREACH_API_KEY', () => {
    expect(() => heyReachClientFor(server.baseUrl, { apiKey: ' ' })).toThrow(/HEYREACH_API_KEY/);
  });
});
