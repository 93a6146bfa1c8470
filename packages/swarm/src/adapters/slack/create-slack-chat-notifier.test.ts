import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaioError } from '../../domain/errors.js';
import { createFakeClock, type FakeClock } from '../../guardrails/resilience/__fixtures__/fake-clock.js';
import {
  createCircuitBreaker,
  createResilientCall,
  type BreakerAlert,
  type CircuitBreaker,
} from '../../guardrails/resilience/index.js';
import { startFakeSlackServer, type FakeSlackServer } from './__fixtures__/fake-slack-server.js';
import { createSlackChatNotifier } from './create-slack-chat-notifier.js';

const token = 'xoxb-test-token';
const channel = 'C0APPROVALS';
const redactEmails = (text: string): string => text.replaceAll(/[\w.]+@[\w.]+/g, '<EMAIL_1>');

describe('Slack chat notifier (SPEC §3.6, RES-1..RES-3)', () => {
  let server: FakeSlackServer;
  let clock: FakeClock;
  let breaker: CircuitBreaker;
  let alerts: BreakerAlert[];
  beforeAll(async () => {
    server = await startFakeSlackServer({ token, channels: [channel], pageSize: 2 });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.setMode('normal');
    clock = createFakeClock();
    alerts = [];
    breaker = createCircuitBreaker({ name: 'slack', clock, onAlert: (alert) => alerts.push(alert) });
  });
  const notifier = (options: { token?: string; timeoutMs?: number } = {}) =>
    createSlackChatNotifier({
      token: options.token ?? token,
      baseUrl: server.baseUrl,
      fetch,
      clock,
      redact: redactEmails,
      resilientCall: createResilientCall({
        breaker,
        timeoutMs: options.timeoutMs ?? 10_000,
        retry: { sleep: () => Promise.resolve(), random: () => 0 },
      }),
    });
  const failure = (promise: Promise<unknown>): Promise<CaioError> =>
    promise.then(
      () => {
        throw new Error('expected a rejection');
      },
      (error: unknown) => error as CaioError,
    );

  it('posts JSON with the bearer token and returns channel + ts; updates the same ts', async () => {
    const blocks = [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: '*Approve?*' } }];
    const ref = await notifier().postMessage({ channel, text: 'Approval needed', blocks });
    const sent = server.requests.at(-1);
    expect(sent).toMatchObject({
      method: 'chat.postMessage',
      authorization: `Bearer ${token}`,
      body: { channel, text: 'Approval needed', blocks },
    });
    expect(sent?.contentType).toContain('application/json');
    expect(ref.channel).toBe(channel);
    expect(ref.ts).toMatch(/^\d+\.\d{6}$/);
    await expect(notifier().updateMessage(ref, { text: 'Approved by <@U0ADA>' })).resolves.toEqual(ref);
    expect(server.requests.at(-1)).toMatchObject({ method: 'chat.update', body: { ts: ref.ts, channel } });
  });

  it('PII-2: alert text is redacted, then escaped for mrkdwn, before it reaches Slack', async () => {
    await notifier().postAlert({
      channel,
      severity: 'critical',
      text: 'Apollo breaker open after replies from ada.moreau@example.com <!channel> & co',
    });
    const text = String(server.requests.at(-1)?.body['text']);
    expect(text).not.toContain('ada.moreau@example.com');
    expect(text).toContain('&lt;EMAIL_1&gt;');
    expect(text).toContain('&lt;!channel&gt; &amp; co');
    expect(text.startsWith(':rotating_light:')).toBe(true);
  });

  it('RES-1: a wrong token (HTTP 200 invalid_auth) is a non-retryable vendor_error that alerts but never trips', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const error = await failure(notifier({ token: 'xoxb-wrong' }).postMessage({ channel, text: 'x' }));
      expect(error).toMatchObject({
        code: 'vendor_error',
        isRetryable: false,
        details: { status: 401, slackError: 'invalid_auth', vendorStatus: 200 },
      });
      expect(error.message).toContain('SLACK_BOT_TOKEN');
    }
    expect(breaker.state()).toBe('closed');
    expect(alerts).toHaveLength(4);
  });

  it('RES-1: channel_not_found is a 404-equivalent client error that does not trip the breaker', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expect(notifier().postMessage({ channel: 'C0UNKNOWN', text: 'x' })).rejects.toMatchObject({
        code: 'vendor_error',
        details: { status: 404, slackError: 'channel_not_found' },
      });
    }
    expect(breaker.state()).toBe('closed');
  });

  it('RES-1: 429 honours Retry-After: rate_limited, later calls wait without reaching Slack, then resume', async () => {
    server.setMode('rate_limited', 7);
    await expect(notifier().postMessage({ channel, text: 'x' })).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 7_000,
    });
    server.setMode('normal');
    const before = server.requests.length;
    await expect(notifier().postMessage({ channel, text: 'x' })).rejects.toMatchObject({ code: 'rate_limited' });
    expect(server.requests.length).toBe(before);
    clock.advance(7_000);
    await expect(notifier().postMessage({ channel, text: 'x' })).resolves.toMatchObject({ channel });
    expect(breaker.state()).toBe('closed');
  });

  it('RES-1: three 5xx answers trip the breaker; the fourth call fails fast with circuit_open', async () => {
    server.setMode('server_error');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expect(notifier().postMessage({ channel, text: 'x' })).rejects.toMatchObject({
        code: 'vendor_error',
        details: { status: 503 },
      });
    }
    expect(breaker.state()).toBe('open');
    const before = server.requests.length;
    await expect(notifier().postMessage({ channel, text: 'x' })).rejects.toMatchObject({ code: 'circuit_open' });
    expect(server.requests.length).toBe(before);
  });

  it('RES-1: transient ok:false internal_error counts as a failure and trips after 3', async () => {
    server.setMode('internal_error');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expect(notifier().postMessage({ channel, text: 'x' })).rejects.toMatchObject({
        details: { status: 503, slackError: 'internal_error' },
      });
    }
    expect(breaker.state()).toBe('open');
  });

  it('RES-3: postMessage is never retried, chat.update (idempotent) is retried up to 3 times', async () => {
    server.setMode('server_error');
    const before = server.requests.length;
    await expect(notifier().postMessage({ channel, text: 'x' })).rejects.toMatchObject({ code: 'vendor_error' });
    expect(server.requests.length - before).toBe(1);
    breaker = createCircuitBreaker({ name: 'slack', clock, failureThreshold: 10 });
    const beforeUpdate = server.requests.length;
    await expect(notifier().updateMessage({ channel, ts: '1767603600.000100' }, { text: 'x' })).rejects.toMatchObject({
      code: 'vendor_error',
    });
    expect(server.requests.length - beforeUpdate).toBe(4);
  });

  it('RES-2: a never-answering Slack fails with timeout at the configured timeout (±10%)', async () => {
    server.setMode('hang');
    const started = performance.now();
    await expect(notifier({ timeoutMs: 1_000 }).postMessage({ channel, text: 'x' })).rejects.toMatchObject({
      code: 'timeout',
    });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(1_100);
  });

  it('WH-9: checkApprovers follows users.list cursors and sorts ids into active, inactive and unknown', async () => {
    const before = server.requests.length;
    const check = await notifier().checkApprovers(['U0APPROVER', 'U0GONE', 'B0CAIOBOT', 'U0NOBODY', 'USLACKBOT']);
    expect(check).toEqual({
      active: ['U0APPROVER'],
      inactive: ['U0GONE', 'B0CAIOBOT', 'USLACKBOT'],
      unknown: ['U0NOBODY'],
    });
    const pages = server.requests.slice(before);
    expect(pages.map((page) => page.method)).toEqual(['users.list', 'users.list', 'users.list', 'users.list']);
    expect(pages[0]?.query).toEqual({ limit: '200' });
    expect(pages[1]?.query['cursor']).toBeTruthy();
    expect(pages[0]?.authorization).toBe(`Bearer ${token}`);
  });

  it('checkApprovers stops paging once every id is found, and reports a bad token instead of "unknown"', async () => {
    const before = server.requests.length;
    await expect(notifier().checkApprovers(['USLACKBOT', 'U0APPROVER'])).resolves.toMatchObject({
      inactive: ['USLACKBOT'],
      active: ['U0APPROVER'],
    });
    expect(server.requests.length - before).toBe(1);
    await expect(notifier({ token: 'xoxb-wrong' }).checkApprovers(['U0APPROVER'])).rejects.toMatchObject({
      code: 'vendor_error',
      details: { slackError: 'invalid_auth', method: 'users.list' },
    });
  });

  it('refuses to start without a token, naming the config key and the environment variable', () => {
    expect(() => notifier({ token: ' ' })).toThrow(/slack\.botToken.*SLACK_BOT_TOKEN/);
  });
});
