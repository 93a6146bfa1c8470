import { createHmac } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WebhookRejectionTelemetry } from '../inbound/index.js';
import { createWebhookEventStore } from '../store/repositories/webhook-event-repository.js';
import {
  createApprovalDeskFixture,
  fixtureServerDependencies,
  type ApprovalDeskFixture,
} from '../test-support/approval-desk-fixture.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createMemoryReplayStore } from '../webhooks/index.js';
import { createServerApp } from './create-server-app.js';
import type { InboundWebhookDependencies } from './server-dependencies.js';

const sharedSecret = 'instantly-shared-secret-0123456789';
const previousSharedSecret = 'previous-shared-secret-9876543210';
const standardKey = Buffer.from('standard-webhooks-test-key-32by');
const standardSecret = `whsec_${standardKey.toString('base64')}`;
const previousStandardKey = Buffer.from('previous-standard-webhooks-key!!');
const previousStandardSecret = `whsec_${previousStandardKey.toString('base64')}`;

/** One realistic body per vendor route; each carries PII the telemetry must never show. */
const vendorBodies = {
  instantly: { event_type: 'email_opened', timestamp: '2026-11-22T09:00:00Z', lead_email: 'pii.lead@example.com' },
  heyreach: {
    eventType: 'MESSAGE_SENT',
    timestamp: '2026-11-22T09:00:00Z',
    leadProfile: { linkedInUrl: 'https://www.linkedin.com/in/pii-lead', emailAddress: 'pii.lead@example.com' },
  },
  rb2b: { 'LinkedIn URL': 'https://www.linkedin.com/in/pii-lead', 'Business Email': 'pii.lead@example.com' },
  clay: { type: 'email_delivered', id: 'clay-1', data: { email: 'pii.lead@example.com' } },
} as const;
type Vendor = keyof typeof vendorBodies;
const vendors = Object.keys(vendorBodies) as Vendor[];

function vendorRequest(vendor: Vendor, options: { secret?: string; body?: string } = {}): RequestInit {
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.secret === undefined ? {} : { 'x-caio-webhook-secret': options.secret }),
    },
    body: options.body ?? JSON.stringify(vendorBodies[vendor]),
  };
}

function standardRequest(
  body: string,
  options: { id: string; timestampSeconds: number; key?: Buffer; signedBody?: string },
): RequestInit {
  const signature = createHmac('sha256', options.key ?? standardKey)
    .update(`${options.id}.${options.timestampSeconds}.${options.signedBody ?? body}`)
    .digest('base64');
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': options.id,
      'webhook-timestamp': String(options.timestampSeconds),
      'webhook-signature': `v1,${signature}`,
    },
    body,
  };
}

const standardBody = JSON.stringify({ type: 'meeting_booked', data: { email: 'pii.lead@example.com' } });

describe('inbound webhook routes (SPEC §4, specs/security.md WH-1…WH-8, WH-11)', () => {
  let database: TestDatabase;
  let fixture: ApprovalDeskFixture;
  let rejections: WebhookRejectionTelemetry[];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    fixture = createApprovalDeskFixture(database);
    rejections = [];
  });

  function app(overrides: Partial<InboundWebhookDependencies> = {}) {
    const inbound: InboundWebhookDependencies = {
      vendorSecrets: {
        instantly: [sharedSecret],
        heyreach: [sharedSecret],
        rb2b: [sharedSecret],
        clay: [sharedSecret],
      },
      standardSecrets: { calendar: [standardSecret], unset: [] },
      events: createWebhookEventStore(database.db),
      replayStore: createMemoryReplayStore(fixture.clock),
      onRejected: (rejection) => rejections.push(rejection),
      ...overrides,
    };
    return createServerApp({ ...fixtureServerDependencies(fixture, database), inbound });
  }

  async function storedRows() {
    const result = await sql<{ source: string; status: string; error: string | null }>`
      SELECT source, status, error FROM webhook_events ORDER BY received_at`.execute(database.db);
    return result.rows;
  }

  const nowSeconds = () => Math.floor(fixture.clock.now().getTime() / 1000);
  const inboundJobs = () => fixture.jobs.sent.filter((job) => job.name === 'inbound-event');

  describe.each(vendors)('POST /webhooks/%s', (vendor) => {
    it('WH-11/WH-7: a valid shared secret is stored once and answered 202, its job enqueued in the same transaction', async () => {
      const response = await app().request(`/webhooks/${vendor}`, vendorRequest(vendor, { secret: sharedSecret }));
      expect(response.status).toBe(202);
      expect(await storedRows()).toEqual([{ source: vendor, status: 'received', error: null }]);
      expect(inboundJobs()).toHaveLength(1);
      expect(inboundJobs()[0]?.options?.transaction).toBeDefined();
    });

    it('WH-3: a wrong or missing secret is 401 and stores nothing', async () => {
      const server = app();
      const wrong = await server.request(`/webhooks/${vendor}`, vendorRequest(vendor, { secret: `${sharedSecret}x` }));
      const truncated = await server.request(
        `/webhooks/${vendor}`,
        vendorRequest(vendor, { secret: sharedSecret.slice(0, -1) }),
      );
      const missing = await server.request(`/webhooks/${vendor}`, vendorRequest(vendor));
      expect([wrong.status, truncated.status, missing.status]).toEqual([401, 401, 401]);
      expect(await storedRows()).toEqual([]);
    });

    it('WH-5: no secret configured → 503', async () => {
      const response = await app({ vendorSecrets: {} }).request(
        `/webhooks/${vendor}`,
        vendorRequest(vendor, { secret: sharedSecret }),
      );
      expect(response.status).toBe(503);
      expect(rejections).toEqual([
        { reason: 'secret_misconfigured', source: vendor, route: `POST /webhooks/${vendor}` },
      ]);
    });

    it('WH-1: a body over 1 MiB → 413', async () => {
      const body = JSON.stringify({ ...vendorBodies[vendor], padding: 'x'.repeat(1024 * 1024) });
      const response = await app().request(
        `/webhooks/${vendor}`,
        vendorRequest(vendor, { secret: sharedSecret, body }),
      );
      expect(response.status).toBe(413);
      expect(await storedRows()).toEqual([]);
    });

    it('WH-4: a redelivery of the same event → 200 {"duplicate": true}, one row, one job', async () => {
      const server = app();
      await server.request(`/webhooks/${vendor}`, vendorRequest(vendor, { secret: sharedSecret }));
      const again = await server.request(`/webhooks/${vendor}`, vendorRequest(vendor, { secret: sharedSecret }));
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ duplicate: true });
      expect(await storedRows()).toHaveLength(1);
      expect(inboundJobs()).toHaveLength(1);
    });

    it('WH-6: either of two active secrets is accepted during a rotation', async () => {
      const server = app({
        vendorSecrets: { [vendor]: [sharedSecret, previousSharedSecret] },
      });
      const current = await server.request(`/webhooks/${vendor}`, vendorRequest(vendor, { secret: sharedSecret }));
      const body = JSON.stringify({ ...vendorBodies[vendor], timestamp: '2026-11-22T09:30:00Z', id: 'clay-2' });
      const previous = await server.request(
        `/webhooks/${vendor}`,
        vendorRequest(vendor, {
          secret: previousSharedSecret,
          body: vendor === 'rb2b' ? body.replace('pii-lead', 'other') : body,
        }),
      );
      expect([current.status, previous.status]).toEqual([202, 202]);
    });
  });

  it('RB2B and HeyReach may carry the secret in ?secret= (they cannot set headers); Instantly may not', async () => {
    const server = app();
    const rb2b = await server.request(`/webhooks/rb2b?secret=${sharedSecret}`, vendorRequest('rb2b'));
    const heyreach = await server.request(`/webhooks/heyreach?secret=${sharedSecret}`, vendorRequest('heyreach'));
    const instantly = await server.request(`/webhooks/instantly?secret=${sharedSecret}`, vendorRequest('instantly'));
    expect([rb2b.status, heyreach.status, instantly.status]).toEqual([202, 202, 401]);
  });

  it('SPEC §4: an unknown event type is stored as an error (202, no job), never a crash', async () => {
    const body = JSON.stringify({ event_type: 'lead_teleported', lead_email: 'pii.lead@example.com' });
    const response = await app().request(
      '/webhooks/instantly',
      vendorRequest('instantly', { secret: sharedSecret, body }),
    );
    expect(response.status).toBe(202);
    expect(await storedRows()).toEqual([
      { source: 'instantly', status: 'error', error: 'unknown_event_type:lead_teleported' },
    ]);
    expect(inboundJobs()).toHaveLength(0);
  });

  it('a verified body that is not JSON → 400', async () => {
    const response = await app().request(
      '/webhooks/clay',
      vendorRequest('clay', { secret: sharedSecret, body: '{not json' }),
    );
    expect(response.status).toBe(400);
  });

  describe('POST /webhooks/standard/{source}', () => {
    it('WH-2: a valid signature is accepted at ±300 s and refused at ±301 s', async () => {
      const server = app();
      const results: number[] = [];
      for (const [index, skew] of [-300, 300, -301, 301].entries()) {
        const request = standardRequest(standardBody, { id: `msg_${index}`, timestampSeconds: nowSeconds() + skew });
        results.push((await server.request('/webhooks/standard/calendar', request)).status);
      }
      expect(results).toEqual([202, 202, 401, 401]);
      expect(rejections.map((rejection) => rejection.reason)).toEqual(['timestamp_too_old', 'timestamp_in_future']);
      expect(await storedRows()).toEqual([
        { source: 'standard:calendar', status: 'received', error: null },
        { source: 'standard:calendar', status: 'received', error: null },
      ]);
    });

    it('WH-1: a tampered body → 401', async () => {
      const request = standardRequest(standardBody.replace('meeting_booked', 'meeting_cancelled'), {
        id: 'msg_1',
        timestampSeconds: nowSeconds(),
        signedBody: standardBody,
      });
      expect((await app().request('/webhooks/standard/calendar', request)).status).toBe(401);
      expect(await storedRows()).toEqual([]);
    });

    it('WH-5: a configured source with no secret → 503; an unknown source → 404', async () => {
      const request = () => standardRequest(standardBody, { id: 'msg_1', timestampSeconds: nowSeconds() });
      const server = app();
      expect((await server.request('/webhooks/standard/unset', request())).status).toBe(503);
      expect((await server.request('/webhooks/standard/nobody', request())).status).toBe(404);
      expect((await server.request('/webhooks/standard/constructor', request())).status).toBe(404);
    });

    it('WH-1: a body over 1 MiB → 413', async () => {
      const body = JSON.stringify({ type: 'email_sent', padding: 'x'.repeat(1024 * 1024) });
      const request = standardRequest(body, { id: 'msg_big', timestampSeconds: nowSeconds() });
      expect((await app().request('/webhooks/standard/calendar', request)).status).toBe(413);
    });

    it('WH-4: a replayed signed delivery → 200 {"duplicate": true}', async () => {
      const server = app();
      const request = () => standardRequest(standardBody, { id: 'msg_replay', timestampSeconds: nowSeconds() });
      expect((await server.request('/webhooks/standard/calendar', request())).status).toBe(202);
      const replay = await server.request('/webhooks/standard/calendar', request());
      expect(replay.status).toBe(200);
      expect(await replay.json()).toEqual({ duplicate: true });
    });

    it('WH-4: the same event delivered 10 times over 72 simulated hours causes exactly one stored event and one job', async () => {
      const server = app();
      const statuses: number[] = [];
      for (let delivery = 0; delivery < 10; delivery += 1) {
        // The sender re-signs every retry with a fresh timestamp but the same webhook-id.
        const request = standardRequest(standardBody, { id: 'msg_retried', timestampSeconds: nowSeconds() });
        statuses.push((await server.request('/webhooks/standard/calendar', request)).status);
        fixture.clock.advance(8 * 60 * 60 * 1000);
      }
      expect(statuses[0]).toBe(202);
      expect(statuses.slice(1)).toEqual(Array.from({ length: 9 }, () => 200));
      expect(await storedRows()).toHaveLength(1);
      expect(inboundJobs()).toHaveLength(1);
    });

    it('WH-6: either of two active whsec_ secrets is accepted', async () => {
      const server = app({ standardSecrets: { calendar: [standardSecret, previousStandardSecret] } });
      const current = standardRequest(standardBody, { id: 'msg_a', timestampSeconds: nowSeconds() });
      const previous = standardRequest(standardBody, {
        id: 'msg_b',
        timestampSeconds: nowSeconds(),
        key: previousStandardKey,
      });
      expect((await server.request('/webhooks/standard/calendar', current)).status).toBe(202);
      expect((await server.request('/webhooks/standard/calendar', previous)).status).toBe(202);
    });
  });

  it('WH-8: every rejection is reported with reason, source and route only — no body, secret or PII', async () => {
    const server = app();
    await server.request('/webhooks/instantly', vendorRequest('instantly', { secret: 'wrong-secret-wrong-secret' }));
    await server.request(
      '/webhooks/standard/calendar',
      standardRequest(standardBody, { id: 'msg_1', timestampSeconds: nowSeconds() - 3600 }),
    );
    await server.request(
      '/webhooks/clay',
      vendorRequest('clay', { secret: sharedSecret, body: '{"pii.lead@example.com"' }),
    );
    expect(rejections).toEqual([
      { reason: 'invalid_signature', source: 'instantly', route: 'POST /webhooks/instantly' },
      { reason: 'timestamp_too_old', source: 'standard:calendar', route: 'POST /webhooks/standard/:source' },
      { reason: 'invalid_json', source: 'clay', route: 'POST /webhooks/clay' },
    ]);
    const logged = JSON.stringify(rejections);
    for (const secretOrPii of ['pii', 'example.com', 'linkedin', 'wrong-secret', sharedSecret, 'meeting_booked']) {
      expect(logged).not.toContain(secretOrPii);
    }
  });

  it('WH-7: a failed enqueue rolls the stored event back (5xx), so the vendor retry is not lost as a duplicate', async () => {
    const queueDown = async () => Promise.reject(new Error('queue down'));
    const failing = { ...fixture.jobs, send: queueDown, sendMany: queueDown };
    const inbound = {
      vendorSecrets: { clay: [sharedSecret] },
      standardSecrets: { crm: [standardSecret] },
      events: createWebhookEventStore(database.db),
      replayStore: createMemoryReplayStore(fixture.clock),
    };
    const down = createServerApp({ ...fixtureServerDependencies(fixture, database), jobs: failing, inbound });
    const response = await down.request('/webhooks/clay', vendorRequest('clay', { secret: sharedSecret }));
    expect(response.status).toBe(503);
    const signed = () => standardRequest(standardBody, { id: 'msg_failed', timestampSeconds: nowSeconds() });
    expect((await down.request('/webhooks/standard/crm', signed())).status).toBe(503);
    expect(await storedRows()).toEqual([]);
    // The same deliveries retried once the queue is back are stored: neither is refused as a replay.
    const up = createServerApp({ ...fixtureServerDependencies(fixture, database), inbound });
    expect((await up.request('/webhooks/clay', vendorRequest('clay', { secret: sharedSecret }))).status).toBe(202);
    expect((await up.request('/webhooks/standard/crm', signed())).status).toBe(202);
    expect(await storedRows()).toHaveLength(2);
  });
});
