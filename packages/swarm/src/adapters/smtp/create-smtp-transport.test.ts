import { dkimVerify } from 'mailauth';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFakeClock } from '../../guardrails/resilience/__fixtures__/fake-clock.js';
import { createCircuitBreaker, createResilientCall } from '../../guardrails/resilience/index.js';
import { buildOutboxEmail, dkimSignedFields, generateDkimKeyPair } from './__fixtures__/build-outbox-email.js';
import {
  startSilentTcpServer,
  startTestSmtpServer,
  unusedPort,
  type TestSmtpServer,
} from './__fixtures__/start-test-smtp-server.js';
import { createSmtpTransport, type SmtpTransportSettings } from './create-smtp-transport.js';
import { readHeaderValues } from './read-header-values.js';

const user = 'ada@mail.example.com';
const password = 'smtp-test-password';
const domain = 'mail.example.com';
const selector = 'caio2026';
const withCrlf = (raw: string) => raw.replace(/\r\n|\r|\n/g, '\r\n');

describe('SMTP outbound transport (SPEC §3.7, EM-2, RES-1..RES-3, INJ-8)', () => {
  let server: TestSmtpServer;
  let dkimKey: ReturnType<typeof generateDkimKeyPair>;
  const resolver = (name: string, type: string): Promise<string[][]> =>
    name === `${selector}._domainkey.${domain}` && type === 'TXT'
      ? Promise.resolve([[dkimKey.publicKeyRecord]])
      : Promise.reject(Object.assign(new Error(`no record ${name}`), { code: 'ENOTFOUND' }));

  beforeAll(async () => {
    server = await startTestSmtpServer({ user, password });
    dkimKey = generateDkimKeyPair();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.setMode('normal');
  });

  const transport = (overrides: Partial<SmtpTransportSettings> = {}) =>
    createSmtpTransport({
      host: '127.0.0.1',
      port: server.port,
      secure: false,
      user,
      password,
      dkim: { domainName: domain, keySelector: selector, privateKey: dkimKey.privateKey },
      resilientCall: createResilientCall({
        breaker: createCircuitBreaker({ name: 'smtp', clock: createFakeClock() }),
        timeoutMs: 10_000,
      }),
      ...overrides,
    });

  it('sends the outbox raw byte for byte (CRLF line ends) with our Message-ID and bare envelope addresses', async () => {
    const message = await buildOutboxEmail();
    const receipt = await transport({ dkim: undefined }).deliver(message);
    expect(receipt).toEqual({ wireMessageId: '<9b2f6c1e-step1@mail.example.com>' });
    const received = server.received.at(-1)!;
    expect(received.envelopeFrom).toBe('ada@mail.example.com');
    expect(received.envelopeTo).toEqual(['grace@example.org']);
    expect(received.raw.toString('utf8')).toBe(withCrlf(message.raw));
    expect(received.parsed.messageId).toBe(message.messageId);
  });

  it('EM-2: the DKIM signature verifies and h= covers both List-Unsubscribe headers', async () => {
    const message = await buildOutboxEmail({ messageId: '<em2-dkim-check@mail.example.com>' });
    await transport().deliver(message);
    const received = server.received.at(-1)!;
    const raw = received.raw.toString('utf8');
    expect(raw.startsWith('DKIM-Signature: ')).toBe(true);
    expect(raw.endsWith(`\r\n${withCrlf(message.raw)}`)).toBe(true);
    const verdict = await dkimVerify(received.raw, { resolver });
    expect(verdict.results).toHaveLength(1);
    expect(verdict.results[0]?.status.result).toBe('pass');
    expect(verdict.results[0]?.signingDomain).toBe(domain);
    const signed = dkimSignedFields(raw);
    expect(signed).toEqual(expect.arrayContaining(['list-unsubscribe', 'list-unsubscribe-post']));
    expect(signed).toEqual(expect.arrayContaining(['from', 'to', 'subject', 'date', 'message-id']));
    expect(readHeaderValues(raw, 'List-Unsubscribe-Post')).toEqual(['List-Unsubscribe=One-Click']);
    expect(readHeaderValues(raw, 'List-Unsubscribe')).toEqual([
      '<https://caio.example.com/u/token-1>, <mailto:unsubscribe+token-1@mail.example.com>',
    ]);
  });

  it('EM-2: rewriting List-Unsubscribe-Post in transit breaks the signature', async () => {
    await transport().deliver(await buildOutboxEmail({ messageId: '<em2-tamper@mail.example.com>' }));
    const tampered = server.received
      .at(-1)!
      .raw.toString('utf8')
      .replace('List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'List-Unsubscribe-Post: List-Unsubscribe=Never');
    const verdict = await dkimVerify(Buffer.from(tampered), { resolver });
    expect(verdict.results[0]?.status.result).toBe('fail');
  });

  it('threading spec §3.1: a follow-up keeps In-Reply-To/References, signed', async () => {
    const parent = '<9b2f6c1e-step1@mail.example.com>';
    const message = await buildOutboxEmail({
      messageId: '<9b2f6c1e-step3@mail.example.com>',
      subject: 'Re: Your Q3 hiring plan',
      sequenceStep: 3,
      inReplyTo: parent,
      references: [parent],
    });
    await transport().deliver(message);
    const received = server.received.at(-1)!;
    expect(received.parsed.inReplyTo).toBe(parent);
    expect(received.parsed.references).toBe(parent);
    expect(dkimSignedFields(received.raw.toString('utf8'))).toEqual(
      expect.arrayContaining(['in-reply-to', 'references']),
    );
    expect((await dkimVerify(received.raw, { resolver })).results[0]?.status.result).toBe('pass');
  });

  it('INJ-8 and ledger integrity: bad rows are input_invalid and never reach the server', async () => {
    const before = server.received.length;
    const message = await buildOutboxEmail();
    await expect(
      transport().deliver({ ...message, to: 'grace@example.org\r\nBcc: x@example.net' }),
    ).rejects.toMatchObject({
      code: 'input_invalid',
      isRetryable: false,
    });
    await expect(transport().deliver({ ...message, messageId: '<other@mail.example.com>' })).rejects.toMatchObject({
      code: 'input_invalid',
      details: { field: 'raw' },
    });
    await expect(transport().deliver({ ...message, channel: 'linkedin' })).rejects.toMatchObject({
      code: 'input_invalid',
    });
    expect(server.received.length).toBe(before);
  });

  it('RES-1: connection refused before any data is a retryable vendor_error (notSent)', async () => {
    const error = await transport({ port: await unusedPort() })
      .deliver(await buildOutboxEmail())
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { notSent: true, errorCode: 'ECONNREFUSED' },
    });
    expect((error as { details: Record<string, unknown> }).details.outcomeUnknown).toBeUndefined();
  });

  it('RES-2: a server that never greets fails at timeoutMs as a retryable, not-sent vendor_error', async () => {
    const silent = await startSilentTcpServer();
    try {
      const started = performance.now();
      await expect(
        transport({ port: silent.port, timeoutMs: 400 }).deliver(await buildOutboxEmail()),
      ).rejects.toMatchObject({ code: 'vendor_error', isRetryable: true, details: { notSent: true } });
      expect(performance.now() - started).toBeLessThan(1_500);
    } finally {
      await silent.close();
    }
  });

  it('RES-3: a connection dropped after DATA is ambiguous (details.outcomeUnknown)', async () => {
    server.setMode('drop-after-data');
    await expect(transport().deliver(await buildOutboxEmail())).rejects.toMatchObject({
      details: { outcomeUnknown: true },
    });
  });

  it('RES-3: no reply after DATA within timeoutMs is a timeout with outcomeUnknown', async () => {
    server.setMode('hang-after-data');
    await expect(transport({ timeoutMs: 400 }).deliver(await buildOutboxEmail())).rejects.toMatchObject({
      code: 'timeout',
      details: { outcomeUnknown: true },
    });
  });

  it('RFC 5321 §4.2.1: a 4xx reply is retryable, a 5xx reply is not', async () => {
    server.setMode('busy');
    await expect(transport().deliver(await buildOutboxEmail())).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { smtpCode: 451 },
    });
    server.setMode('reject-message');
    const rejected = await transport()
      .deliver(await buildOutboxEmail())
      .catch((caught: unknown) => caught);
    expect(rejected).toMatchObject({ code: 'vendor_error', isRetryable: false, details: { smtpCode: 554 } });
    expect((rejected as { details: Record<string, unknown> }).details.outcomeUnknown).toBeUndefined();
  });

  it('RES-3: reconcile answers unknown with a reason, because SMTP cannot be asked', async () => {
    const verdict = await transport().reconcile(await buildOutboxEmail());
    expect(verdict).toMatchObject({ status: 'unknown', reason: expect.stringContaining('SMTP') as unknown });
  });

  it('EM-5: refuses a DKIM key under 2048 bits and a user without password at start-up', () => {
    const weak = generateDkimKeyPair(1024);
    expect(() =>
      transport({ dkim: { domainName: domain, keySelector: selector, privateKey: weak.privateKey } }),
    ).toThrow(/2048/);
    expect(() => transport({ dkim: { domainName: domain, keySelector: selector, privateKey: 'nope' } })).toThrow(
      /CAIO_DKIM_PRIVATE_KEY/,
    );
    expect(() => transport({ password: '' })).toThrow(/SMTP_PASSWORD/);
  });
});
