import { describe, expect, it } from 'vitest';
import { createJsonHttpClient, type FetchLike } from './create-json-http-client.js';
import { parseRetryAfterMs } from './parse-retry-after.js';

const nowMs = Date.parse('2026-01-05T09:00:00Z');
const client = (fetch: FetchLike) =>
  createJsonHttpClient({
    vendor: 'Vendor',
    baseUrl: 'https://api.example.com',
    fetch,
    nowMs: () => nowMs,
    headers: { 'x-api-key': 'k' },
  });
const live = new AbortController().signal;

describe('JSON over fetch (RES-1 error mapping)', () => {
  it('parses Retry-After as delay-seconds or an HTTP-date (RFC 9110 §10.2.3)', () => {
    expect(parseRetryAfterMs('120', nowMs)).toBe(120_000);
    expect(parseRetryAfterMs('Mon, 05 Jan 2026 09:00:30 GMT', nowMs)).toBe(30_000);
    expect(parseRetryAfterMs('soon', nowMs)).toBeUndefined();
    expect(parseRetryAfterMs(null, nowMs)).toBeUndefined();
  });

  it('sends JSON with the configured headers and returns the parsed body', async () => {
    let seen: { url: string; init: RequestInit } | undefined;
    const body = await client(async (url, init) => {
      seen = { url, init };
      return new Response('{"ok":true}', { status: 200 });
    }).postJson('/v1/x', { a: 1 }, live);
    expect(body).toEqual({ ok: true });
    expect(seen?.url).toBe('https://api.example.com/v1/x');
    expect(seen?.init.headers).toMatchObject({ 'x-api-key': 'k', 'content-type': 'application/json' });
  });

  it('maps 429 to rate_limited with Retry-After, 5xx to retryable and 4xx to non-retryable vendor_error with the status', async () => {
    const answer = (status: number, headers: Record<string, string> = {}) =>
      client(async () => new Response('{}', { status, headers }));
    await expect(answer(429, { 'retry-after': '3' }).getJson('/x', live)).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 3_000,
    });
    await expect(answer(502).getJson('/x', live)).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { status: 502 },
    });
    await expect(answer(422).getJson('/x', live)).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: false,
      details: { status: 422 },
    });
  });

  it('maps malformed JSON and connection resets to vendor_error (they trip breakers)', async () => {
    await expect(
      client(async () => new Response('{not json', { status: 200 })).getJson('/x', live),
    ).rejects.toMatchObject({
      code: 'vendor_error',
      details: { malformed: true },
    });
    const reset = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    });
    await expect(client(() => Promise.reject(reset)).getJson('/x', live)).rejects.toMatchObject({
      code: 'vendor_error',
      details: { connection: true, errorCode: 'ECONNRESET' },
    });
  });
});
