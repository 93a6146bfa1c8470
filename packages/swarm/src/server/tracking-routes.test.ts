import { Hono } from 'hono';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTrackingToken, type TrackingEvent } from '../outbound/tracking/index.js';
import { registerTrackingRoutes } from './routes/tracking-routes.js';
import type { ServerEnv } from './server-env.js';

const secret = 'tracking-secret-0123456789-abcdefghij';
const at = new Date('2026-03-02T10:15:00.000Z');
const destination = 'https://www.example.com/case-study?utm_source=email';

describe('tracking routes /t/o and /t/c (SPEC §4, §14)', () => {
  let recorded: TrackingEvent[];
  let app: Hono<ServerEnv>;

  beforeEach(() => {
    recorded = [];
    app = new Hono<ServerEnv>();
    registerTrackingRoutes(app, {
      secret,
      clock: { now: () => at },
      recordTrackingEvent: async (event) => {
        recorded.push(event);
      },
    });
  });

  it('GET /t/o/{token} answers a 1×1 GIF with no-store and records an open', async () => {
    const token = createTrackingToken(secret, { outboxId: 'outbox-1', kind: 'open' });
    const response = await app.request(`/t/o/${token}`, { headers: { 'User-Agent': 'TestMail/1.0' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/gif');
    expect(response.headers.get('cache-control')).toContain('no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.byteLength).toBe(43);
    expect(Buffer.from(bytes.subarray(0, 6)).toString('latin1')).toBe('GIF89a');
    expect([bytes[6], bytes[8]]).toEqual([1, 1]); // width and height (little-endian) = 1
    expect(recorded).toEqual([{ outboxId: 'outbox-1', kind: 'open', url: null, at, userAgent: 'TestMail/1.0' }]);
  });

  it('GET /t/c/{token} redirects 302 to the bound URL only and records a click', async () => {
    const token = createTrackingToken(secret, { outboxId: 'outbox-2', kind: 'click', url: destination });
    const response = await app.request(`/t/c/${token}?url=https://attacker.example.net/`, {
      headers: { Referer: 'https://attacker.example.net/' },
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(destination);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(recorded).toEqual([{ outboxId: 'outbox-2', kind: 'click', url: destination, at, userAgent: null }]);
  });

  it('a forged, tampered or wrong-kind token gets 404, no redirect, nothing recorded, no echo', async () => {
    const click = createTrackingToken(secret, { outboxId: 'outbox-3', kind: 'click', url: destination });
    const open = createTrackingToken(secret, { outboxId: 'outbox-3', kind: 'open' });
    const forged = createTrackingToken('attacker-secret-0123456789-abcdef', {
      outboxId: 'outbox-3',
      kind: 'click',
      url: 'https://attacker.example.net/',
    });
    const tampered = `${click.slice(0, -2)}${click.endsWith('AA') ? 'BB' : 'AA'}`;
    const xss = encodeURIComponent('<script>alert(1)</script>');
    for (const path of [
      `/t/c/${forged}`,
      `/t/c/${tampered}`,
      `/t/c/${open}`,
      `/t/o/${click}`,
      `/t/c/${xss}`,
      `/t/o/${xss}`,
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('location'), path).toBeNull();
      const text = await response.text();
      expect(text).toBe('Not found');
    }
    expect(recorded).toEqual([]);
  });

  it('a failing recorder still serves the redirect and reports the failure', async () => {
    const failures: unknown[] = [];
    const failing = new Hono<ServerEnv>();
    registerTrackingRoutes(failing, {
      secret,
      clock: { now: () => at },
      recordTrackingEvent: () => Promise.reject(new Error('database down')),
      onRecordFailed: (error) => failures.push(error),
    });
    const token = createTrackingToken(secret, { outboxId: 'outbox-4', kind: 'click', url: destination });
    const response = await failing.request(`/t/c/${token}`);
    expect(response.status).toBe(302);
    expect(failures).toHaveLength(1);
  });
});
