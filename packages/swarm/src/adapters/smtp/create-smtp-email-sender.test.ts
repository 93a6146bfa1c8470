import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFakeClock, type FakeClock } from '../../guardrails/resilience/__fixtures__/fake-clock.js';
import { createCircuitBreaker, createResilientCall } from '../../guardrails/resilience/index.js';
import {
  startSilentTcpServer,
  startTestSmtpServer,
  unusedPort,
  type TestSmtpServer,
} from './__fixtures__/start-test-smtp-server.js';
import { createSmtpEmailSender } from './create-smtp-email-sender.js';

const user = 'caio@example.com';
const password = 'smtp-test-password';
const email = {
  from: 'CAIO <caio@example.com>',
  to: ['ops@example.org', 'lead-owner@example.org'],
  subject: 'Approval escalation level 3',
  text: 'The draft for Ada Moreau has waited 6 h.',
  messageId: '<escalation-1@example.com>',
};

describe('SMTP email sender (SPEC §3.6 escalation level 3, RES-1..RES-3, INJ-8)', () => {
  let server: TestSmtpServer;
  let clock: FakeClock;
  beforeAll(async () => {
    server = await startTestSmtpServer({ user, password });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.setMode('normal');
    clock = createFakeClock();
  });
  const sender = (options: { port?: number; password?: string; timeoutMs?: number; callTimeoutMs?: number } = {}) =>
    createSmtpEmailSender({
      host: '127.0.0.1',
      port: options.port ?? server.port,
      secure: false,
      user,
      password: options.password ?? password,
      clock,
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      resilientCall: createResilientCall({
        breaker: createCircuitBreaker({ name: 'smtp', clock }),
        timeoutMs: options.callTimeoutMs ?? 10_000,
      }),
    });

  it('authenticates with AUTH PLAIN and delivers From, To, Subject, body and Message-ID', async () => {
    const before = server.received.length;
    const receipt = await sender().send({ ...email, headers: { 'X-Caio-Approval': 'approval-1' } });
    expect(receipt).toEqual({
      messageId: '<escalation-1@example.com>',
      accepted: ['ops@example.org', 'lead-owner@example.org'],
      rejected: [],
    });
    expect(server.received.length).toBe(before + 1);
    const message = server.received.at(-1)!;
    expect(message.envelopeFrom).toBe('caio@example.com');
    expect(message.envelopeTo).toEqual(['ops@example.org', 'lead-owner@example.org']);
    expect(message.parsed.from?.value).toEqual([{ name: 'CAIO', address: 'caio@example.com' }]);
    expect(message.parsed.to).toMatchObject({
      value: [{ address: 'ops@example.org' }, { address: 'lead-owner@example.org' }],
    });
    expect(message.parsed.subject).toBe('Approval escalation level 3');
    expect(message.parsed.text?.trim()).toBe('The draft for Ada Moreau has waited 6 h.');
    expect(message.parsed.messageId).toBe('<escalation-1@example.com>');
    expect(message.parsed.headers.get('x-caio-approval')).toBe('approval-1');
    expect(message.parsed.date?.toISOString()).toBe(
      clock
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, '.000Z'),
    );
  });

  it('generates a Message-ID when none is given and returns it', async () => {
    const { messageId: _omitted, ...withoutId } = email;
    const receipt = await sender().send(withoutId);
    expect(receipt.messageId).toMatch(/^<.+@.+>$/);
    expect(server.received.at(-1)?.parsed.messageId).toBe(receipt.messageId);
  });

  it('INJ-8: a CR/LF in a header value is refused before any connection', async () => {
    const before = server.received.length;
    await expect(sender().send({ ...email, subject: 'Hi\r\nBcc: victim@example.net' })).rejects.toMatchObject({
      code: 'input_invalid',
      details: { header: 'Subject' },
    });
    await expect(sender().send({ ...email, to: ['ops@example.org\nBcc: x@example.net'] })).rejects.toMatchObject({
      code: 'input_invalid',
      details: { header: 'To' },
    });
    await expect(sender().send({ ...email, headers: { 'X-Note': 'a\r\nBcc: x@example.net' } })).rejects.toMatchObject({
      code: 'input_invalid',
    });
    await expect(sender().send({ ...email, to: [] })).rejects.toMatchObject({ code: 'input_invalid' });
    expect(server.received.length).toBe(before);
  });

  it('RES-1: wrong credentials (535) are a non-retryable vendor_error naming SMTP_PASSWORD', async () => {
    const error = await sender({ password: 'wrong' })
      .send(email)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'vendor_error',
      isRetryable: false,
      details: { smtpCode: 535, permanent: true, auth: true },
    });
    expect((error as Error).message).toContain('SMTP_PASSWORD');
  });

  it('RES-1: a 451 reply is a retryable vendor_error carrying the SMTP code', async () => {
    server.setMode('busy');
    const before = server.received.length;
    await expect(sender().send(email)).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { smtpCode: 451, permanent: false },
    });
    expect(server.received.length).toBe(before);
  });

  it('RES-1: connection refused is a retryable vendor_error', async () => {
    await expect(sender({ port: await unusedPort() }).send(email)).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { connection: true, errorCode: 'ECONNREFUSED' },
    });
  });

  it('RES-2: a server that never greets fails with timeout at the configured timeout (±10%)', async () => {
    const silent = await startSilentTcpServer();
    try {
      const started = performance.now();
      await expect(sender({ port: silent.port, timeoutMs: 1_000 }).send(email)).rejects.toMatchObject({
        code: 'timeout',
        isRetryable: true,
      });
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(900);
      expect(elapsed).toBeLessThan(1_100);
    } finally {
      await silent.close();
    }
  });

  it('RES-2: the resilient call timeout aborts a send the SMTP timeouts have not ended yet', async () => {
    const silent = await startSilentTcpServer();
    try {
      const started = performance.now();
      await expect(
        sender({ port: silent.port, timeoutMs: 10_000, callTimeoutMs: 500 }).send(email),
      ).rejects.toMatchObject({ code: 'timeout', details: { timeoutMs: 500 } });
      expect(performance.now() - started).toBeLessThan(1_000);
    } finally {
      await silent.close();
    }
  });

  it('refuses to start with a user but no password, naming SMTP_PASSWORD', () => {
    expect(() => sender({ password: '' })).toThrow(/SMTP_PASSWORD/);
  });
});
