import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaioError } from '../../domain/errors.js';
import { createFakeClock, type FakeClock } from '../../guardrails/resilience/__fixtures__/fake-clock.js';
import { createCircuitBreaker, createResilientCall, type CircuitBreaker } from '../../guardrails/resilience/index.js';
import { startFakeTwilioServer, type FakeTwilioServer } from './__fixtures__/fake-twilio-server.js';
import { createTwilioSmsSender } from './create-twilio-sms-sender.js';

const accountSid = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const authToken = 'test-auth-token';
const approver = '+15005550009';
const redactEmails = (text: string): string => text.replaceAll(/[\w.]+@[\w.]+/g, '<EMAIL_1>');

describe('Twilio SMS sender (SPEC §3.6 escalation, RES-1..RES-3)', () => {
  let server: FakeTwilioServer;
  let clock: FakeClock;
  let breaker: CircuitBreaker;
  beforeAll(async () => {
    server = await startFakeTwilioServer({ accountSid, authToken, reachableNumbers: [approver] });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.setMode('normal');
    clock = createFakeClock();
    breaker = createCircuitBreaker({ name: 'twilio', clock });
  });
  const sender = (options: { authToken?: string; from?: string; timeoutMs?: number } = {}) =>
    createTwilioSmsSender({
      accountSid,
      authToken: options.authToken ?? authToken,
      from: options.from ?? '+15005550006',
      baseUrl: server.baseUrl,
      fetch,
      clock,
      redact: redactEmails,
      resilientCall: createResilientCall({ breaker, timeoutMs: options.timeoutMs ?? 10_000 }),
    });

  it('posts a form with Basic auth to Messages.json and returns the sid and status', async () => {
    const receipt = await sender().send({ to: approver, body: '3 approvals waiting for 4 h' });
    expect(receipt).toEqual({ id: 'SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', status: 'queued' });
    const sent = server.requests.at(-1);
    expect(sent?.path).toBe(`/2010-04-01/Accounts/${accountSid}/Messages.json`);
    expect(sent?.contentType).toBe('application/x-www-form-urlencoded');
    expect(sent?.authorization).toBe(`Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`);
    expect(sent?.form).toEqual({ To: approver, From: '+15005550006', Body: '3 approvals waiting for 4 h' });
  });

  it('sends a Messaging Service SID as MessagingServiceSid instead of From', async () => {
    await sender({ from: 'MGcccccccccccccccccccccccccccccccc' }).send({ to: approver, body: 'x' });
    expect(server.requests.at(-1)?.form).toEqual({
      To: approver,
      MessagingServiceSid: 'MGcccccccccccccccccccccccccccccccc',
      Body: 'x',
    });
  });

  it('PII-2: the SMS body is redacted before it leaves the process', async () => {
    await sender().send({ to: approver, body: 'Reply from ada.moreau@example.com waits' });
    expect(server.requests.at(-1)?.form['Body']).toBe('Reply from <EMAIL_1> waits');
  });

  it('RES-1: a wrong auth token (401, code 20003) is non-retryable, names the fix and does not trip', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const error = (await sender({ authToken: 'wrong' })
        .send({ to: approver, body: 'x' })
        .catch((caught: unknown) => caught)) as CaioError;
      expect(error).toMatchObject({
        code: 'vendor_error',
        isRetryable: false,
        details: { status: 401, twilioCode: 20003 },
      });
      expect(error.message).toContain('TWILIO_AUTH_TOKEN');
    }
    expect(breaker.state()).toBe('closed');
  });

  it('rejects a non-E.164 recipient without calling Twilio, and maps Twilio 21211 to a 400 vendor_error', async () => {
    const before = server.requests.length;
    await expect(sender().send({ to: '555-0100', body: 'x' })).rejects.toMatchObject({ code: 'input_invalid' });
    expect(server.requests.length).toBe(before);
    await expect(sender().send({ to: '+15005550001', body: 'x' })).rejects.toMatchObject({
      code: 'vendor_error',
      details: { status: 400, twilioCode: 21211 },
    });
  });

  it('RES-1: 429 (code 20429) honours Retry-After and pauses calls until it passes', async () => {
    server.setMode('rate_limited', 5);
    await expect(sender().send({ to: approver, body: 'x' })).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 5_000,
      details: { twilioCode: 20429 },
    });
    server.setMode('normal');
    const before = server.requests.length;
    await expect(sender().send({ to: approver, body: 'x' })).rejects.toMatchObject({ code: 'rate_limited' });
    expect(server.requests.length).toBe(before);
    clock.advance(5_000);
    await expect(sender().send({ to: approver, body: 'x' })).resolves.toMatchObject({ status: 'queued' });
  });

  it('RES-1/RES-3: three 5xx trip the breaker, each send is attempted once, the fourth fails fast', async () => {
    server.setMode('server_error');
    const before = server.requests.length;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expect(sender().send({ to: approver, body: 'x' })).rejects.toMatchObject({
        code: 'vendor_error',
        details: { status: 500 },
      });
    }
    expect(server.requests.length - before).toBe(3);
    expect(breaker.state()).toBe('open');
    await expect(sender().send({ to: approver, body: 'x' })).rejects.toMatchObject({ code: 'circuit_open' });
    expect(server.requests.length - before).toBe(3);
  });

  it('RES-2: a never-answering Twilio fails with timeout at the configured timeout (±10%)', async () => {
    server.setMode('hang');
    const started = performance.now();
    await expect(sender({ timeoutMs: 1_000 }).send({ to: approver, body: 'x' })).rejects.toMatchObject({
      code: 'timeout',
    });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(1_100);
  });

  it('refuses to start without credentials, naming the config keys and the environment variable', () => {
    expect(() => sender({ authToken: '' })).toThrow(/twilio\.authToken \(TWILIO_AUTH_TOKEN\)/);
  });
});
