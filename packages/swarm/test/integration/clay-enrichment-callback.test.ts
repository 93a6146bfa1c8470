import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inboundEventJob, processInboundEvent, type InboundEventJobPayload } from '../../src/inbound/index.js';
import { createClayEnrichmentCompletion } from '../../src/main/clay-enrichment-completion.js';
import { linkedinUrlCorrelationId } from '../../src/pipeline/enrich/index.js';
import { createServerApp } from '../../src/server/create-server-app.js';
import { createEnrichmentRepository } from '../../src/store/repositories/enrichment-repository.js';
import { createPendingEnrichmentStore } from '../../src/store/repositories/pending-enrichment-repository.js';
import { createWebhookEventStore } from '../../src/store/repositories/webhook-event-repository.js';
import {
  createApprovalDeskFixture,
  fixtureServerDependencies,
  type ApprovalDeskFixture,
} from '../../src/test-support/approval-desk-fixture.js';
import { createTestDatabase, type TestDatabase } from '../../src/test-support/test-database.js';
import { createMemoryReplayStore } from '../../src/webhooks/index.js';

const secret = 'clay-shared-secret-0123456789abcdef';

function clayCallback(body: object): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-caio-webhook-secret': secret },
    body: JSON.stringify(body),
  };
}

describe('Clay enrichment callbacks complete the asynchronous enrichment (SPEC §3.2, WH-4)', () => {
  let database: TestDatabase;
  let fixture: ApprovalDeskFixture;
  let leadId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    fixture = createApprovalDeskFixture(database);
    leadId = (await fixture.seedQueue(1)).leadIds[0]!;
  });

  /** Posts to `/webhooks/clay`, then runs every `inbound-event` job it enqueued, as the worker would. */
  async function deliverAndProcess(body: object) {
    const events = createWebhookEventStore(database.db);
    const app = createServerApp({
      ...fixtureServerDependencies(fixture, database),
      inbound: {
        vendorSecrets: { clay: [secret] },
        standardSecrets: {},
        events,
        replayStore: createMemoryReplayStore(fixture.clock),
      },
    });
    const before = fixture.jobs.sent.length;
    const response = await app.request('/webhooks/clay', clayCallback(body));
    for (const job of fixture.jobs.sent.slice(before).filter((sent) => sent.name === inboundEventJob)) {
      await processInboundEvent(
        {
          events,
          clock: fixture.clock,
          applyInboundEvent: async () => undefined,
          completeEnrichmentResult: createClayEnrichmentCompletion(database.db, fixture.clock),
        },
        job.payload as InboundEventJobPayload,
      );
    }
    return response;
  }

  async function deliveryRows() {
    const result = await sql<{ status: string; error: string | null; enrichment_result: unknown }>`
      SELECT status, error, enrichment_result FROM webhook_events WHERE source = 'clay'`.execute(database.db);
    return result.rows;
  }

  it('SPEC 3.2: a callback completes the pending row by LinkedIn-URL hash and applies the result once', async () => {
    const correlationId = linkedinUrlCorrelationId('https://www.linkedin.com/in/ada-example')!;
    await createPendingEnrichmentStore(database.db).record({
      provider: 'clay',
      correlationId,
      leadId,
      requestedAt: fixture.clock.now(),
    });
    const callback = {
      type: 'enrichment_result',
      linkedinUrl: 'https://www.linkedin.com/in/Ada-Example/?utm_source=clay',
      person: { title: 'Chief Revenue Officer', email: 'ada@example.com' },
      company: { domain: 'Example.com', employeeCount: 240 },
    };
    expect((await deliverAndProcess(callback)).status).toBe(202);
    // WH-4: the vendor's retry is a duplicate and has no second effect.
    expect(await (await deliverAndProcess(callback)).json()).toEqual({ duplicate: true });

    const latest = await createEnrichmentRepository(database.db).latestForLead(leadId);
    expect(latest).toMatchObject({
      provider: 'clay',
      person: { title: 'Chief Revenue Officer', email: 'ada@example.com' },
      company: { domain: 'example.com', employeeCount: 240 },
    });
    const claysRows = await sql<{ count: number }>`
      SELECT count(*)::int AS count FROM enrichment_results WHERE provider = 'clay'`.execute(database.db);
    expect(claysRows.rows[0]?.count).toBe(1);
    const pending = await sql<{ completed_at: Date | null }>`
      SELECT completed_at FROM pending_enrichments WHERE correlation_id = ${correlationId}`.execute(database.db);
    expect(pending.rows[0]?.completed_at).not.toBeNull();
    expect(await deliveryRows()).toMatchObject([{ status: 'processed', error: null }]);
  });

  it('SPEC 3.2: a callback for an unknown correlation id is stored with its reason, not lost', async () => {
    const callback = {
      type: 'enrichment_result',
      linkedinUrl: 'https://www.linkedin.com/in/nobody-asked',
      person: { title: 'Founder' },
    };
    expect((await deliverAndProcess(callback)).status).toBe(202);
    const correlationId = linkedinUrlCorrelationId(callback.linkedinUrl);
    expect(await deliveryRows()).toEqual([
      {
        status: 'error',
        error: `no_pending_enrichment:${correlationId}`,
        enrichment_result: expect.objectContaining({ linkedinUrl: callback.linkedinUrl }),
      },
    ]);
    expect(await createEnrichmentRepository(database.db).latestForLead(leadId)).toBeNull();
  });

  it('SPEC 3.2: a malformed enrichment_result is stored as an error row without a job', async () => {
    const before = fixture.jobs.sent.length;
    expect((await deliverAndProcess({ type: 'enrichment_result', id: 'clay-9' })).status).toBe(202);
    expect(fixture.jobs.sent.length).toBe(before);
    expect(await deliveryRows()).toMatchObject([{ status: 'error', error: 'invalid_enrichment_result' }]);
  });
});
