import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ReplayStore } from './replay-store.js';
import { createMemoryReplayStore } from './replay-store.js';
import { verifyStandardWebhook } from './verify-standard-webhook.js';

const now = 1_700_000_000;
const keyA = Buffer.from('fixture-secret-A-0123456789abcdef');
const keyB = Buffer.from('fixture-secret-B-fedcba9876543210');
const secretA = `whsec_${keyA.toString('base64')}`;
const secretB = `whsec_${keyB.toString('base64')}`;
const bodyText = '{"type":"lead.updated","data":{"email":"jane@example.com"}}';

/** A plain Uint8Array copy of the body: the verifier must not need a Buffer. */
function plainBody(text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  const plain = new Uint8Array(bytes.byteLength);
  plain.set(bytes);
  return plain;
}

function sign(key: Buffer, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

function delivery(options: { id?: string; timestamp?: number; signature?: string; body?: string } = {}) {
  const id = options.id ?? 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W';
  const timestamp = options.timestamp ?? now;
  const body = options.body ?? bodyText;
  return {
    headers: {
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': options.signature ?? sign(keyA, id, timestamp, body),
    },
    body: plainBody(body),
  };
}

const fixedClock = { now: () => new Date(now * 1000) };

describe('verifyStandardWebhook', () => {
  it('WH-2: accepts a known-answer vector and returns the webhook-id', () => {
    const request = delivery();
    expect(Object.getPrototypeOf(request.body)).toBe(Uint8Array.prototype);
    expect(verifyStandardWebhook(request, { secrets: [secretA], now })).toEqual({
      ok: true,
      id: 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W',
    });
  });

  it('WH-2: matches the published Standard Webhooks reference vector', () => {
    // Vector from the Standard Webhooks reference libraries' test suites.
    const request = {
      headers: {
        'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
        'webhook-timestamp': '1614265330',
        'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
      },
      body: plainBody('{"test": 2432232314}'),
    };
    expect(
      verifyStandardWebhook(request, { secrets: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'], now: 1614265330 }),
    ).toEqual({ ok: true, id: 'msg_p5jXN8AQM9LWM0D4loKWxJek' });
  });

  it.each([
    [-300, true],
    [300, true],
    [-301, false],
    [301, false],
  ])('WH-2: a timestamp skewed by %i s passes = %s (inclusive ±300 s window)', (skew, passes) => {
    const request = delivery({ timestamp: now + skew });
    const result = verifyStandardWebhook(request, { secrets: [secretA], now });
    expect(result.ok).toBe(passes);
    if (!passes) expect(result).toEqual({ ok: false, reason: skew < 0 ? 'timestamp_too_old' : 'timestamp_in_future' });
  });

  it('WH-2: honours a custom tolerance and refuses non-integer timestamps', () => {
    expect(
      verifyStandardWebhook(delivery({ timestamp: now - 60 }), { secrets: [secretA], now, toleranceSeconds: 59 }).ok,
    ).toBe(false);
    const request = delivery();
    request.headers['webhook-timestamp'] = `${now}.5`;
    expect(verifyStandardWebhook(request, { secrets: [secretA], now })).toEqual({
      ok: false,
      reason: 'invalid_timestamp',
    });
  });

  it('WH-3: a truncated signature fails', () => {
    const full = sign(keyA, 'msg_1', now, bodyText);
    const result = verifyStandardWebhook(delivery({ id: 'msg_1', signature: full.slice(0, -4) }), {
      secrets: [secretA],
      now,
    });
    expect(result).toEqual({ ok: false, reason: 'invalid_signature' });
  });

  it('WH-1: a tampered body fails and an oversize body is refused as payload_too_large', () => {
    const request = delivery();
    request.body = plainBody(bodyText.replace('jane', 'john'));
    expect(verifyStandardWebhook(request, { secrets: [secretA], now })).toEqual({
      ok: false,
      reason: 'invalid_signature',
    });
    const huge = { ...delivery(), body: new Uint8Array(1024 * 1024 + 1) };
    expect(verifyStandardWebhook(huge, { secrets: [secretA], now })).toEqual({
      ok: false,
      reason: 'payload_too_large',
    });
  });

  it('WH-6: accepts a delivery signed with the rotated (second) secret', () => {
    const request = delivery({ signature: sign(keyB, 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W', now, bodyText) });
    expect(verifyStandardWebhook(request, { secrets: [secretA], now }).ok).toBe(false);
    expect(verifyStandardWebhook(request, { secrets: [secretA, secretB], now }).ok).toBe(true);
  });

  it('WH-6: any one of several signatures in the header is enough', () => {
    const id = 'msg_multi';
    const forged = `v1,${randomBytes(32).toString('base64')}`;
    const signature = `${forged} v1a,${randomBytes(64).toString('base64')} ${sign(keyA, id, now, bodyText)}`;
    expect(verifyStandardWebhook(delivery({ id, signature }), { secrets: [secretA], now })).toEqual({ ok: true, id });
  });

  it('WH-6: more than two active secrets, none, or a non-base64 secret is a misconfiguration', () => {
    const request = delivery();
    expect(verifyStandardWebhook(request, { secrets: [], now })).toEqual({ ok: false, reason: 'secret_misconfigured' });
    expect(verifyStandardWebhook(request, { secrets: [secretA, secretB, secretB], now }).ok).toBe(false);
    expect(verifyStandardWebhook(request, { secrets: ['whsec_not base64!'], now }).ok).toBe(false);
  });

  it('WH-2: header names are case-insensitive', () => {
    const request = delivery();
    const upper = {
      headers: {
        'Webhook-Id': request.headers['webhook-id'],
        'WEBHOOK-TIMESTAMP': request.headers['webhook-timestamp'],
        'Webhook-Signature': request.headers['webhook-signature'],
      },
      body: request.body,
    };
    expect(verifyStandardWebhook(upper, { secrets: [secretA], now }).ok).toBe(true);
  });

  it('WH-2: missing headers are refused', () => {
    const request = delivery();
    const { 'webhook-signature': _dropped, ...headers } = request.headers;
    expect(verifyStandardWebhook({ headers, body: request.body }, { secrets: [secretA], now })).toEqual({
      ok: false,
      reason: 'missing_headers',
    });
  });

  it('WH-4: a validly signed replay is refused with reason replay; the store key is the webhook-id with ttl ≥ 600', () => {
    const seen = createMemoryReplayStore(fixedClock);
    const additions: [string, number][] = [];
    const spy: ReplayStore = {
      has: (key) => seen.has(key),
      add: (key, ttl) => (additions.push([key, ttl]), seen.add(key, ttl)),
    };
    expect(verifyStandardWebhook(delivery(), { secrets: [secretA], now, seen: spy })).toEqual({
      ok: true,
      id: 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W',
    });
    expect(verifyStandardWebhook(delivery(), { secrets: [secretA], now, seen: spy })).toEqual({
      ok: false,
      reason: 'replay',
    });
    expect(additions).toHaveLength(1);
    expect(additions[0]?.[0]).toBe('msg_2KWPBgLlAfxdpx2AI54pPJ85f4W');
    expect(additions[0]?.[1]).toBeGreaterThanOrEqual(600);
  });

  it('WH-4: add() never runs for a rejected request', () => {
    const additions: string[] = [];
    const seen: ReplayStore = { has: () => false, add: (key) => void additions.push(key) };
    verifyStandardWebhook(delivery({ signature: 'v1,AAAA' }), { secrets: [secretA], now, seen });
    verifyStandardWebhook(delivery({ timestamp: now - 301 }), { secrets: [secretA], now, seen });
    expect(additions).toEqual([]);
  });

  it('WH-4: works with an async replay store and returns a promise', async () => {
    const keys = new Set<string>();
    const seen: ReplayStore = {
      has: async (key) => keys.has(key),
      add: async (key) => void keys.add(key),
    };
    const first = verifyStandardWebhook(delivery(), { secrets: [secretA], now, seen });
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toMatchObject({ ok: true });
    expect(await verifyStandardWebhook(delivery(), { secrets: [secretA], now, seen })).toEqual({
      ok: false,
      reason: 'replay',
    });
  });
});
