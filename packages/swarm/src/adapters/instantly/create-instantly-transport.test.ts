import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../ports/outbound-transport.js';
import { createFakeClock } from '../../guardrails/resilience/__fixtures__/fake-clock.js';
import { createCircuitBreaker, createResilientCall } from '../../guardrails/resilience/index.js';
import { startFakeInstantlyServer, type FakeInstantlyServer } from './__fixtures__/fake-instantly-server.js';
import { createInstantlyClient } from './create-instantly-client.js';
import { createInstantlyTransport } from './create-instantly-transport.js';
import { instantlyCaioTemplate } from './instantly-caio-template.js';

const apiKey = 'test-instantly-key';
const schedule = { from: '08:00', to: '18:00', days: [1, 2, 3, 4, 5], timezone: 'America/Chicago' };

const message = (to: string, overrides: Partial<OutboundMessage> = {}): OutboundMessage => ({
  outboxId: `outbox-${to}`,
  idempotencyKey: `send:lead-${to}:1:email`,
  channel: 'email',
  messageId: `<${to}@caio.example.com>`,
  from: 'ada@mail.example.com',
  to,
  subject: 'A question about your Q3 hiring',
  text: 'Hi Lin,\n\nShort question.\n\nAda',
  raw: '',
  sequenceStep: 1,
  inReplyTo: null,
  references: [],
  lead: {
    id: `lead-${to}`,
    email: to,
    firstName: 'Lin',
    lastName: 'Okafor',
    companyName: 'Example Corp',
    linkedinUrl: null,
  },
  ...overrides,
});

describe('Instantly outbound transport (SPEC §3.7, RES-3, RES-5)', () => {
  let server: FakeInstantlyServer;
  let campaignId: string;
  beforeAll(async () => {
    server = await startFakeInstantlyServer({ apiKey, pageSize: 2 });
  });
  afterAll(async () => {
    await server.close();
  });
  const makeClient = (timeoutMs = 10_000) => {
    const clock = createFakeClock();
    return createInstantlyClient({
      apiKey,
      baseUrl: server.baseUrl,
      clock,
      resilientCall: createResilientCall({
        breaker: createCircuitBreaker({ name: 'instantly', clock }),
        timeoutMs,
        retry: { sleep: async () => undefined, random: () => 0 },
      }),
    });
  };
  const setup = (timeoutMs = 10_000) => {
    const client = makeClient(timeoutMs);
    return { client, transport: createInstantlyTransport({ client, campaignId }) };
  };
  beforeEach(async () => {
    server.setMode('normal');
    ({ id: campaignId } = await makeClient().createCampaign({
      name: 'CAIO outbound',
      sendingAccounts: ['ada@mail.example.com'],
      ...instantlyCaioTemplate,
      schedule,
    }));
  });
  const leadAdds = () => server.requests.filter((request) => request.method === 'POST' && request.path === '/leads');

  it('deliver adds the lead to the campaign with the approved subject/body as custom variables', async () => {
    const { transport } = setup();
    const receipt = await transport.deliver(message('lin@example.org'));
    const stored = server.leads().find((lead) => lead['campaign'] === campaignId);
    expect(receipt.wireMessageId).toBe(stored?.id);
    expect(leadAdds().at(-1)?.body).toMatchObject({
      campaign: campaignId,
      email: 'lin@example.org',
      first_name: 'Lin',
      company_name: 'Example Corp',
      skip_if_in_campaign: true,
      custom_variables: {
        caio_subject: 'A question about your Q3 hiring',
        caio_body: 'Hi Lin,\n\nShort question.\n\nAda',
        caio_key: 'send:lead-lin@example.org:1:email',
      },
    });
    expect(transport).toMatchObject({ platform: 'instantly', channel: 'email' });
  });

  it('RES-3: deliver called twice for one message adds the lead once and returns the same id', async () => {
    const { transport } = setup();
    const before = leadAdds().length;
    const first = await transport.deliver(message('kai@example.org'));
    const second = await transport.deliver(message('kai@example.org'));
    expect(second).toEqual(first);
    expect(leadAdds().length - before).toBe(1);
    expect(server.leads().filter((lead) => lead['email'] === 'kai@example.org')).toHaveLength(1);
  });

  it('refuses a lead already in the campaign for another message (no second add)', async () => {
    const { transport } = setup();
    await transport.deliver(message('mo@example.org'));
    const before = leadAdds().length;
    await expect(
      transport.deliver(
        message('mo@example.org', { idempotencyKey: 'send:lead-mo@example.org:3:email', sequenceStep: 3 }),
      ),
    ).rejects.toMatchObject({ code: 'input_invalid', isRetryable: false });
    expect(leadAdds().length).toBe(before);
  });

  it('RES-3: after a timeout whose add landed, reconcile says delivered and a retry adds nothing', async () => {
    const { transport } = setup(200);
    const before = leadAdds().length;
    // The lookup answers normally; the add lands and then never answers.
    server.setMode('commit_then_hang');
    await expect(transport.deliver(message('sam@example.org'))).rejects.toMatchObject({
      code: 'timeout',
      details: { outcomeUnknown: true },
    });
    server.setMode('normal');
    const verdict = await transport.reconcile(message('sam@example.org'));
    const stored = server.leads().find((lead) => lead['email'] === 'sam@example.org');
    expect(verdict).toEqual({ status: 'delivered', wireMessageId: stored?.id });
    await expect(transport.deliver(message('sam@example.org'))).resolves.toEqual({ wireMessageId: stored?.id });
    expect(leadAdds().length - before).toBe(1);
  });

  it('RES-3: reconcile says not_delivered when the lead never reached Instantly, and sends nothing', async () => {
    const { transport } = setup();
    const before = leadAdds().length;
    await expect(transport.reconcile(message('absent@example.org'))).resolves.toEqual({ status: 'not_delivered' });
    expect(leadAdds().length).toBe(before);
  });

  it('RES-5: pauseAll pauses every sending campaign across pages and leaves drafts alone', async () => {
    const { client, transport } = setup();
    for (let index = 0; index < 4; index += 1) server.seedCampaign(`active ${index}`, 1);
    server.seedCampaign('running subsequences', 4);
    const sending = server
      .campaigns()
      .filter((campaign) => campaign['status'] === 1 || campaign['status'] === 4).length;
    const drafts = server.campaigns().filter((campaign) => campaign['status'] === 0).length;
    await expect(transport.pauseAll?.()).resolves.toEqual({ paused: sending });
    const after = await client.listCampaigns();
    expect(after.filter((campaign) => campaign.status === 1 || campaign.status === 4)).toHaveLength(0);
    expect(after.filter((campaign) => campaign.status === 0)).toHaveLength(drafts);
  });
});
