import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeClayServer, type FakeClayServer } from '../../src/adapters/clay/__fixtures__/fake-clay-server.js';
import { inboundEventJob, processInboundEvent, type InboundEventJobPayload } from '../../src/inbound/index.js';
import { createClayEnrichmentCompletion } from '../../src/main/clay-enrichment-completion.js';
import { requestClayEnrichments, type ClayEnrichmentRequestSystem } from '../../src/main/clay-enrichment-requests.js';
import { linkedinUrlCorrelationId } from '../../src/pipeline/enrich/index.js';
import { createServerApp } from '../../src/server/create-server-app.js';
import { createEnrichmentRepository } from '../../src/store/repositories/enrichment-repository.js';
import { createWebhookEventStore } from '../../src/store/repositories/webhook-event-repository.js';
import {
  createApprovalDeskFixture,
  fixtureServerDependencies,
  type ApprovalDeskFixture,
} from '../../src/test-support/approval-desk-fixture.js';
import { sampleLeadCandidate } from '../../src/test-support/sample-lead-candidate.js';
import { createTestDatabase, type TestDatabase } from '../../src/test-support/test-database.js';
import { createMemoryReplayStore } from '../../src/webhooks/index.js';

const secret = 'clay-shared-secret-0123456789abcdef';
const token = 'clay-table-token-example';
const linkedinUrl = 'https://www.linkedin.com/in/grace-example';

describe('Clay enrichment request → callback round trip (SPEC §3.2)', () => {
  let database: TestDatabase;
  let fixture: ApprovalDeskFixture;
  let clay: FakeClayServer;
  let leadId: string;
  let system: ClayEnrichmentRequestSystem;
  beforeAll(async () => {
    database = await createTestDatabase();
    clay = await startFakeClayServer({ token });
  });
  afterAll(async () => {
    await clay.close();
    await database.close();
  });
  beforeEach(async () => {
    await database.freshSchema();
    clay.rows.length = 0;
    clay.setMode('normal');
    fixture = createApprovalDeskFixture(database);
    const [upserted] = await fixture.store.leads.upsertMany([
      sampleLeadCandidate(null, {
        firstName: 'Grace',
        lastName: 'Example',
        linkedinUrl,
        companyName: 'Example Logistics',
        companyDomain: 'logistics.example.com',
      }),
    ]);
    leadId = upserted!.lead.id;
    system = {
      config: { clay: { tableWebhookUrl: clay.tableWebhookUrl, maxPerRun: 100 }, clayWebhookToken: token },
      database,
      store: fixture.store,
      clock: fixture.clock,
    };
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
    const response = await app.request('/webhooks/clay', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-caio-webhook-secret': secret },
      body: JSON.stringify(body),
    });
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

  async function pendingRows() {
    const result = await sql<{ lead_id: string; completed_at: Date | null }>`
      SELECT lead_id, completed_at FROM pending_enrichments WHERE provider = 'clay'`.execute(database.db);
    return result.rows;
  }

  it('SPEC 3.2: the request reaches Clay with the correlation id, and its callback enriches the lead', async () => {
    const correlationId = linkedinUrlCorrelationId(linkedinUrl);
    expect(await requestClayEnrichments(system, [leadId])).toMatchObject({ sent: 1 });
    expect(clay.requests.at(-1)?.token).toBe(token);
    expect(clay.rows).toEqual([
      {
        correlationId,
        linkedinUrl,
        firstName: 'Grace',
        lastName: 'Example',
        companyName: 'Example Logistics',
        companyDomain: 'logistics.example.com',
      },
    ]);
    // A second run (e.g. the next pipeline run) neither sends again nor duplicates the pending row.
    expect(await requestClayEnrichments(system, [leadId])).toMatchObject({ sent: 0, alreadyRequested: 1 });
    expect(clay.rows).toHaveLength(1);
    expect(await pendingRows()).toEqual([{ lead_id: leadId, completed_at: null }]);

    // Clay's HTTP API column posts the enriched row back, echoing the LinkedIn URL it received.
    const response = await deliverAndProcess({
      type: 'enrichment_result',
      linkedinUrl: clay.rows[0]!['linkedinUrl'],
      person: { title: 'Head of Operations' },
      company: { industry: 'Logistics', employeeCount: 85 },
    });
    expect(response.status).toBe(202);
    expect((await pendingRows())[0]?.completed_at).not.toBeNull();
    expect(await createEnrichmentRepository(database.db).latestForLead(leadId)).toMatchObject({
      provider: 'clay',
      person: { title: 'Head of Operations' },
      company: { industry: 'Logistics', employeeCount: 85 },
    });
    // Enriched now: nothing is missing, so no further request.
    expect(await requestClayEnrichments(system, [leadId])).toMatchObject({ sent: 0, notEligible: 1 });
  });

  it('a rejected send (429) leaves no pending row, so the next run asks Clay again', async () => {
    clay.setMode('rate_limited', 5);
    expect(await requestClayEnrichments(system, [leadId])).toMatchObject({
      failed: 1,
      stoppedBy: { code: 'rate_limited', retryAfterMs: 5_000 },
    });
    expect(await pendingRows()).toEqual([]);
    clay.setMode('normal');
    expect(await requestClayEnrichments(system, [leadId])).toMatchObject({ sent: 1 });
    expect(clay.rows).toHaveLength(1);
    expect(await pendingRows()).toHaveLength(1);
  });

  it('is off without clay.tableWebhookUrl', async () => {
    expect(await requestClayEnrichments({ ...system, config: { clay: { maxPerRun: 100 } } }, [leadId])).toEqual({
      skipped: 'not_configured',
    });
    expect(clay.rows).toHaveLength(0);
  });
});
