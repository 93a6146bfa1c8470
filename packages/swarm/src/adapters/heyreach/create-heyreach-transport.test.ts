import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeHeyReachServer, type FakeHeyReachServer } from './__fixtures__/fake-heyreach-server.js';
import { heyReachClientFor, linkedInMessage } from '../../test-support/heyreach-test-setup.js';
import { createHeyReachTransport } from './create-heyreach-transport.js';

const apiKey = 'test-heyreach-key';
const account = 113298;
const profile = 'https://www.linkedin.com/in/ada-example';
const writes = (server: FakeHeyReachServer) =>
  server.requests.filter((request) => /AddLeads/.test(request.path)).map((request) => request.path);

describe('HeyReach transport (SPEC §3.7 LinkedIn via HeyReach, RES-3 at-most-once)', () => {
  let server: FakeHeyReachServer;
  beforeEach(async () => {
    server = await startFakeHeyReachServer({
      apiKey,
      campaigns: [
        { id: 701, status: 'IN_PROGRESS', linkedInUserListId: 555, campaignAccountIds: [account] },
        { id: 702, status: 'IN_PROGRESS', campaignAccountIds: [account] },
        { id: 703, status: 'DRAFT', campaignAccountIds: [account] },
        { id: 704, status: 'SCHEDULED', campaignAccountIds: [account] },
        { id: 705, status: 'FINISHED', campaignAccountIds: [account] },
      ],
      lists: [{ id: 555 }],
    });
  });
  afterEach(async () => {
    await server.close();
  });
  const transportFor = (options: { timeoutMs?: number; apiKey?: string; campaignId?: number } = {}) =>
    createHeyReachTransport({
      client: heyReachClientFor(server.baseUrl, { maxRetries: 0, ...options }).client,
      listId: 555,
      campaignId: options.campaignId ?? 701,
      linkedInAccountId: account,
    });

  it('SPEC 3.7: adds the lead to the list FIRST, then to the campaign, looking it up before any write', async () => {
    const transport = transportFor();
    expect(transport).toMatchObject({ platform: 'heyreach', channel: 'linkedin' });
    await expect(transport.deliver(linkedInMessage())).resolves.toEqual({ wireMessageId: null });
    expect(server.requests.map((request) => request.path)).toEqual([
      '/campaign/GetCampaignsForLead',
      '/list/GetListsForLead',
      '/list/AddLeadsToListV2',
      '/campaign/AddLeadsToCampaignV2',
    ]);
    const [listWrite, campaignWrite] = server.requests.slice(2);
    expect(listWrite?.body).toEqual({
      listId: 555,
      leads: [
        {
          profileUrl: profile,
          firstName: 'Ada',
          lastName: 'Example',
          companyName: 'Example Corp',
          emailAddress: 'ada@example.com',
          customUserFields: [{ name: 'message', value: 'Ada, saw the Example Corp launch: worth a short chat?' }],
        },
      ],
    });
    expect(campaignWrite?.body).toMatchObject({
      campaignId: 701,
      accountLeadPairs: [{ linkedInAccountId: account, lead: { profileUrl: profile } }],
      resumePausedCampaign: false,
      resumeFinishedCampaign: false,
    });
    expect(server.listLeads(555)).toEqual([profile]);
    expect(server.campaignLeads(701)).toEqual([profile]);
  });

  it('RES-3: a retried delivery of an enrolled lead writes nothing (looked up first)', async () => {
    const transport = transportFor();
    await transport.deliver(linkedInMessage());
    await transport.deliver(linkedInMessage());
    expect(writes(server)).toEqual(['/list/AddLeadsToListV2', '/campaign/AddLeadsToCampaignV2']);
    expect(server.campaignLeads(701)).toEqual([profile]);
  });

  it('RES-3: a campaign add that timed out after HeyReach applied it is outcomeUnknown, reconciles as delivered, and a retry adds nothing', async () => {
    server.setFault('accept_then_hang', { path: '/campaign/AddLeadsToCampaignV2' });
    const transport = transportFor({ timeoutMs: 300 });
    await expect(transport.deliver(linkedInMessage())).rejects.toMatchObject({
      code: 'timeout',
      details: { outcomeUnknown: true },
    });
    server.setFault('normal');
    expect(await transport.reconcile(linkedInMessage())).toEqual({ status: 'delivered', wireMessageId: null });
    await transport.deliver(linkedInMessage());
    expect(writes(server)).toEqual(['/list/AddLeadsToListV2', '/campaign/AddLeadsToCampaignV2']);
  });

  it('RES-3: after a 500 on the campaign step, reconcile says not_delivered and the retry skips the list step', async () => {
    server.setFault('server_error', { path: '/campaign/AddLeadsToCampaignV2' });
    const transport = transportFor();
    await expect(transport.deliver(linkedInMessage())).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { status: 500, outcomeUnknown: true },
    });
    server.setFault('normal');
    expect(await transport.reconcile(linkedInMessage())).toEqual({ status: 'not_delivered' });
    await transport.deliver(linkedInMessage());
    expect(writes(server)).toEqual([
      '/list/AddLeadsToListV2',
      '/campaign/AddLeadsToCampaignV2',
      '/campaign/AddLeadsToCampaignV2',
    ]);
    expect(server.listLeads(555)).toEqual([profile]);
    expect(server.campaignLeads(701)).toEqual([profile]);
  });

  it('SPEC 3.7: adding a lead to a paused campaign never re-activates it', async () => {
    await transportFor().pauseAll?.();
    await transportFor().deliver(linkedInMessage());
    expect(server.campaignStatus(701)).toBe('PAUSED');
  });

  it('RES-1: 401 is permission_denied and 429 is rate_limited with retryAfterMs; neither is outcomeUnknown', async () => {
    await expect(transportFor({ apiKey: 'revoked-key' }).deliver(linkedInMessage())).rejects.toMatchObject({
      code: 'permission_denied',
      isRetryable: false,
    });
    server.setFault('rate_limited', { path: '/campaign/AddLeadsToCampaignV2', retryAfterSeconds: 12 });
    const error = await transportFor()
      .deliver(linkedInMessage())
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: 12_000 });
    expect((error as { details: Record<string, unknown> }).details['outcomeUnknown']).toBeUndefined();
  });

  it('a DRAFT campaign refusal (400) passes through, and a lead HeyReach did not take is a non-retryable vendor_error', async () => {
    await expect(transportFor({ campaignId: 703 }).deliver(linkedInMessage())).rejects.toMatchObject({
      code: 'vendor_error',
      details: { status: 400 },
    });
    const otherAccount = createHeyReachTransport({
      client: heyReachClientFor(server.baseUrl).client,
      listId: 555,
      campaignId: 702,
      linkedInAccountId: 9,
    });
    await expect(
      otherAccount.deliver(linkedInMessage({ from: '9', to: 'https://linkedin.com/in/lin-example' })),
    ).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: false,
      details: { dropped: true, failedLeadsCount: 1 },
    });
  });

  it('rejects non-LinkedIn messages, non-profile URLs and another sender account without calling HeyReach', async () => {
    const transport = transportFor();
    await expect(transport.deliver(linkedInMessage({ channel: 'email' }))).rejects.toMatchObject({
      code: 'input_invalid',
    });
    await expect(transport.deliver(linkedInMessage({ to: 'https://www.example.com/in/ada' }))).rejects.toMatchObject({
      code: 'input_invalid',
    });
    await expect(transport.deliver(linkedInMessage({ from: '42' }))).rejects.toMatchObject({ code: 'input_invalid' });
    expect(server.requests).toEqual([]);
  });

  it('RES-5: pauseAll pauses every active campaign (in progress, scheduled) and leaves draft and finished ones', async () => {
    await expect(transportFor().pauseAll?.()).resolves.toEqual({ paused: 3 });
    expect([701, 702, 703, 704, 705].map((id) => server.campaignStatus(id))).toEqual([
      'PAUSED',
      'PAUSED',
      'DRAFT',
      'PAUSED',
      'FINISHED',
    ]);
    await expect(transportFor().pauseAll?.()).resolves.toEqual({ paused: 0 });
  });

  it('RES-5: pauseAll tries every campaign and then names the ones it could not pause', async () => {
    server.setFault('server_error', { path: '/campaign/Pause' });
    await expect(transportFor().pauseAll?.()).rejects.toMatchObject({
      code: 'vendor_error',
      details: { paused: 0, failedCampaignIds: ['701', '702', '704'] },
    });
    expect(server.requests.filter((request) => request.path === '/campaign/Pause')).toHaveLength(3);
  });
});
