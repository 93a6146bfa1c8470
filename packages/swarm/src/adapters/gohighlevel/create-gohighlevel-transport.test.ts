import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFakeClock } from '../../guardrails/resilience/__fixtures__/fake-clock.js';
import { createCircuitBreaker, createResilientCall } from '../../guardrails/resilience/index.js';
import type { OutboundMessage } from '../../ports/outbound-transport.js';
import { startFakeGoHighLevelServer, type FakeGoHighLevelServer } from './__fixtures__/fake-gohighlevel-server.js';
import { createGoHighLevelClient } from './create-gohighlevel-client.js';
import { createGoHighLevelTransport } from './create-gohighlevel-transport.js';
import { goHighLevelMessageMarker } from './gohighlevel-message-marker.js';

const token = 'pit-test-token';
const locationId = 've9EPM428h8vShlRW1KT';
const clock = createFakeClock();

let sequence = 0;
function outbound(to: string, overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  sequence += 1;
  return {
    outboxId: `outbox-${sequence}`,
    idempotencyKey: `send:lead-${sequence}:1:email`,
    channel: 'email',
    messageId: `<m${sequence}-a--b@news.example.com>`,
    from: 'nurture@news.example.com',
    to,
    subject: `Quarterly benchmark ${sequence}`,
    text: `Hi Ada,\n\nHere is benchmark number ${sequence} for Example Analytics.\n\nUnsubscribe: https://caio.example.com/u/${sequence}`,
    raw: 'not used by GoHighLevel',
    sequenceStep: 1,
    inReplyTo: null,
    references: [],
    lead: {
      id: `lead-${sequence}`,
      email: to,
      firstName: 'Ada',
      lastName: 'Moreau',
      companyName: 'Example Analytics',
      linkedinUrl: null,
    },
    ...overrides,
  };
}

describe('GoHighLevel outbound transport (SPEC §3.7 nurture stream, RES-3 at-most-once)', () => {
  let server: FakeGoHighLevelServer;
  let stripping: FakeGoHighLevelServer;
  beforeAll(async () => {
    server = await startFakeGoHighLevelServer({ token, locationId });
    stripping = await startFakeGoHighLevelServer({ token, locationId, stripHtmlComments: true });
  });
  afterAll(async () => {
    await Promise.all([server.close(), stripping.close()]);
  });
  beforeEach(() => server.setMode('normal'));
  const transport = (options: { target?: FakeGoHighLevelServer; timeoutMs?: number; scanLimit?: number } = {}) => {
    const breaker = createCircuitBreaker({ name: 'gohighlevel', clock, failureThreshold: 5 });
    const client = createGoHighLevelClient({
      baseUrl: (options.target ?? server).baseUrl,
      token,
      locationId,
      clock,
      resilientCall: createResilientCall({ breaker, timeoutMs: options.timeoutMs ?? 2_000, retry: { maxRetries: 0 } }),
    });
    return createGoHighLevelTransport({
      client,
      emailFrom: 'fallback@news.example.com',
      reconcileScanLimit: options.scanLimit ?? 25,
    });
  };

  it('deliver upserts the contact, sends the email once and returns HighLevel’s message id', async () => {
    const message = outbound('ada.moreau@example.com');
    const receipt = await transport().deliver(message);
    const recorded = server.state.messages.at(-1);
    expect(receipt).toEqual({ wireMessageId: recorded?.id });
    expect(recorded).toMatchObject({
      subject: message.subject,
      text: message.text,
      emailFrom: 'nurture@news.example.com',
    });
    expect(recorded?.html).toContain('<p>Hi Ada,</p>');
    expect(recorded?.html).toContain(goHighLevelMessageMarker(message.messageId));
    expect(server.state.contacts.get('ada.moreau@example.com')).toMatchObject({
      firstName: 'Ada',
      companyName: 'Example Analytics',
    });
    expect(transport()).toMatchObject({ platform: 'gohighlevel', channel: 'email' });
  });

  it('a second message to the same address reuses the contact (upsert is idempotent by email)', async () => {
    const before = server.state.messages.length;
    await transport().deliver(outbound('grace.hopper@example.org'));
    await transport().deliver(outbound('Grace.Hopper@example.org', { from: ' ' }));
    expect([...server.state.contacts.keys()].filter((email) => email === 'grace.hopper@example.org')).toHaveLength(1);
    expect(server.state.messages.length - before).toBe(2);
    expect(server.state.messages.at(-1)?.emailFrom).toBe('fallback@news.example.com');
  });

  it('RES-3: a send that times out after HighLevel recorded it is ambiguous, and reconcile finds it delivered', async () => {
    const message = outbound('lin.okafor@example.net');
    server.setMode('send_then_hang');
    await expect(transport({ timeoutMs: 150 }).deliver(message)).rejects.toMatchObject({
      code: 'timeout',
      details: { outcomeUnknown: true },
    });
    server.setMode('normal');
    const recorded = server.state.messages.at(-1);
    await expect(transport().reconcile(message)).resolves.toEqual({ status: 'delivered', wireMessageId: recorded?.id });
  });

  it('RES-3: a 500 after the email was recorded is retryable but outcomeUnknown; reconcile says delivered', async () => {
    const message = outbound('mary.jackson@example.com');
    server.setMode('send_then_fail');
    await expect(transport().deliver(message)).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { status: 500, outcomeUnknown: true },
    });
    server.setMode('normal');
    await expect(transport().reconcile(message)).resolves.toMatchObject({ status: 'delivered' });
  });

  it('reconcile answers not_delivered for an unknown contact and when only other emails were sent', async () => {
    await expect(transport().reconcile(outbound('nobody@example.org'))).resolves.toEqual({ status: 'not_delivered' });
    await transport().deliver(outbound('katherine.johnson@example.com'));
    await expect(transport().reconcile(outbound('katherine.johnson@example.com'))).resolves.toEqual({
      status: 'not_delivered',
    });
  });

  it('a failed or hanging contact upsert proves the email did not leave: retryable, not ambiguous, nothing sent', async () => {
    const before = server.state.messages.length;
    server.setMode('hang');
    const hung = await transport({ timeoutMs: 100 })
      .deliver(outbound('dorothy.vaughan@example.com'))
      .catch((error: unknown) => error);
    expect(hung).toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { stage: 'upsert_contact', outcomeUnknown: false },
    });
    server.setMode('rate_limited', 3);
    await expect(transport().deliver(outbound('dorothy.vaughan@example.com'))).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 3_000,
    });
    expect(server.state.messages.length).toBe(before);
  });

  it('when HighLevel strips HTML comments, reconcile falls back to matching the text', async () => {
    const message = outbound('annie.easley@example.com');
    await transport({ target: stripping }).deliver(message);
    expect(stripping.state.messages.at(-1)?.html).not.toContain('caio-message-id');
    await expect(transport({ target: stripping }).reconcile(message)).resolves.toMatchObject({ status: 'delivered' });
    await expect(transport({ target: stripping }).reconcile(outbound('annie.easley@example.com'))).resolves.toEqual({
      status: 'not_delivered',
    });
  });

  it('reconcile answers unknown when the contact has more recent emails than it may inspect', async () => {
    for (let count = 0; count < 3; count += 1) await transport().deliver(outbound('evelyn.boyd@example.com'));
    const verdict = await transport({ scanLimit: 2 }).reconcile(outbound('evelyn.boyd@example.com'));
    expect(verdict).toMatchObject({ status: 'unknown' });
  });

  it('refuses LinkedIn messages and blank recipients without calling HighLevel', async () => {
    const before = server.requests.length;
    await expect(transport().deliver(outbound('ada@example.com', { channel: 'linkedin' }))).rejects.toMatchObject({
      code: 'input_invalid',
    });
    await expect(transport().deliver(outbound(' '))).rejects.toMatchObject({ code: 'input_invalid' });
    expect(server.requests.length).toBe(before);
  });
});
