import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ReplayStore } from './replay-store.js';
import { createMemoryReplayStore } from './replay-store.js';
import { verifySlackRequest } from './verify-slack-request.js';

const now = 1_531_420_618;
const secretA = 'fixture0signing0secret0aaaaaaaa';
const secretB = 'fixture0signing0secret0bbbbbbbb';
const bodyText = 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&command=%2Fweather&text=94070';

function plainBody(text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  const plain = new Uint8Array(bytes.byteLength);
  plain.set(bytes);
  return plain;
}

function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

function request(options: { timestamp?: number; signature?: string; body?: string } = {}) {
  const timestamp = options.timestamp ?? now;
  const body = options.body ?? bodyText;
  return {
    headers: {
      'X-Slack-Request-Timestamp': String(timestamp),
      'X-Slack-Signature': options.signature ?? sign(secretA, timestamp, body),
    },
    body: plainBody(body),
  };
}

describe('verifySlackRequest', () => {
  it('WH-2: accepts a known-answer v0 vector over a plain Uint8Array body', () => {
    expect(verifySlackRequest(request(), { signingSecret: secretA, now })).toEqual({ ok: true });
  });

  it('WH-2: matches Slack documentation vector', () => {
    // Worked example from Slack's "Verifying requests from Slack" page.
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    const result = verifySlackRequest(
      {
        headers: {
          'x-slack-request-timestamp': '1531420618',
          'x-slack-signature': 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
        },
        body: plainBody(body),
      },
      { signingSecret: '8f742231b10e8888abcd99yyyzzz85a5', now: 1531420618 },
    );
    expect(result).toEqual({ ok: true });
  });

  it.each([
    [-300, true],
    [300, true],
    [-301, false],
    [301, false],
  ])('WH-2: a timestamp skewed by %i s passes = %s', (skew, passes) => {
    expect(verifySlackRequest(request({ timestamp: now + skew }), { signingSecret: secretA, now }).ok).toBe(passes);
  });

  it('WH-2: toleranceSeconds narrows the window', () => {
    expect(
      verifySlackRequest(request({ timestamp: now - 100 }), { signingSecret: secretA, now, toleranceSeconds: 99 }).ok,
    ).toBe(false);
  });

  it('WH-3: a truncated signature and a wrong secret fail', () => {
    const signature = sign(secretA, now, bodyText);
    expect(verifySlackRequest(request({ signature: signature.slice(0, -2) }), { signingSecret: secretA, now })).toEqual(
      {
        ok: false,
        reason: 'invalid_signature',
      },
    );
    expect(verifySlackRequest(request(), { signingSecret: secretB, now }).ok).toBe(false);
  });

  it('WH-6: accepts either of two rotated secrets and any of several signatures', () => {
    const rotated = request({ signature: sign(secretB, now, bodyText) });
    expect(verifySlackRequest(rotated, { signingSecret: [secretA, secretB], now }).ok).toBe(true);
    const several = request({ signature: `v0=${'0'.repeat(64)} ${sign(secretA, now, bodyText)}` });
    expect(verifySlackRequest(several, { signingSecret: secretA, now }).ok).toBe(true);
    expect(verifySlackRequest(rotated, { signingSecret: [secretA, secretB, 'third-secret'], now })).toEqual({
      ok: false,
      reason: 'secret_misconfigured',
    });
  });

  it('WH-2: header names are case-insensitive', () => {
    const original = request();
    const lower = {
      headers: Object.fromEntries(Object.entries(original.headers).map(([key, value]) => [key.toLowerCase(), value])),
      body: original.body,
    };
    expect(verifySlackRequest(lower, { signingSecret: secretA, now }).ok).toBe(true);
  });

  it('WH-4: a replayed signature is refused; the key is the x-slack-signature value; add() only on success', () => {
    const store = createMemoryReplayStore({ now: () => new Date(now * 1000) });
    const additions: [string, number][] = [];
    const seen: ReplayStore = {
      has: (key) => store.has(key),
      add: (key, ttl) => (additions.push([key, ttl]), store.add(key, ttl)),
    };
    verifySlackRequest(request({ signature: 'v0=deadbeef' }), { signingSecret: secretA, now, seen });
    expect(additions).toEqual([]);
    expect(verifySlackRequest(request(), { signingSecret: secretA, now, seen })).toEqual({ ok: true });
    expect(verifySlackRequest(request(), { signingSecret: secretA, now, seen })).toEqual({
      ok: false,
      reason: 'replay',
    });
    expect(additions).toEqual([[sign(secretA, now, bodyText), 600]]);
  });
});
