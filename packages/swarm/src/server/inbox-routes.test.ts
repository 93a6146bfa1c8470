import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createInboxRepository } from '../store/repositories/inbox-repository.js';
import {
  createApprovalDeskFixture,
  fixtureServerDependencies,
  testTokens,
  type ApprovalDeskFixture,
} from '../test-support/approval-desk-fixture.js';
import { seedInboundReply } from '../test-support/seed-inbound-reply.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createServerApp } from './create-server-app.js';
import { openApiDocument } from './openapi-document.js';

const viewer = { Authorization: `Bearer ${testTokens.viewer}` };
const approver = { Authorization: `Bearer ${testTokens.approver}`, 'Content-Type': 'application/json' };

interface InboxItem {
  id: string;
  intent: string;
  classifiedIntent: string;
  confidence: number;
  needsReview: boolean;
  actionTaken: string | null;
  leadEmail: string | null;
  override: { by: string } | null;
}

describe('inbox API (SPEC 4 unified inbox, SPEC 14 roles)', () => {
  let database: TestDatabase;
  let fixture: ApprovalDeskFixture;
  let app: ReturnType<typeof createServerApp>;
  let unsure: string;
  let question: string;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    fixture = createApprovalDeskFixture(database);
    const { leadIds } = await fixture.seedQueue(1);
    const receivedAt = fixture.clock.now();
    question = await seedInboundReply(database.db, {
      leadId: leadIds[0] ?? null,
      receivedAt: new Date(receivedAt.getTime() - 60_000),
      visibleText: 'Does it integrate with SAP?',
      intent: 'question',
      confidence: 0.87,
      actionTaken: 'draft_created',
    });
    unsure = await seedInboundReply(database.db, {
      receivedAt,
      visibleText: 'maybe',
      intent: 'other',
      confidence: 0.35,
      needsReview: true,
    });
    app = createServerApp({
      ...fixtureServerDependencies(fixture, database),
      inbox: createInboxRepository(database.db, { clock: fixture.clock }),
    });
  });

  it('SPEC 4: any token lists replies with intent, confidence, action and the lead; filters by intent and needs-review', async () => {
    const all = await app.request('/api/inbox', { headers: viewer });
    expect(all.status).toBe(200);
    const page = (await all.json()) as { items: InboxItem[]; total: number; nextCursor: string | null };
    expect(page.total).toBe(2);
    expect(page.items.map((item) => item.id)).toEqual([unsure, question]);
    expect(page.items[1]).toMatchObject({ intent: 'question', confidence: 0.87, actionTaken: 'draft_created' });
    expect(page.items[1]?.leadEmail).toMatch(/@company\d+\.example\.com$/);

    const review = (await (await app.request('/api/inbox?needsReview=true', { headers: viewer })).json()) as {
      items: InboxItem[];
    };
    expect(review.items.map((item) => item.id)).toEqual([unsure]);
    const byIntent = (await (await app.request('/api/inbox?intent=question&limit=1', { headers: viewer })).json()) as {
      items: InboxItem[];
      nextCursor: string | null;
    };
    expect([byIntent.items.map((item) => item.id), byIntent.nextCursor]).toEqual([[question], null]);
    expect((await app.request('/api/inbox?intent=maybe', { headers: viewer })).status).toBe(400);
  });

  it('SPEC 14: only an approver or admin overrides; the token name is the audited actor', async () => {
    const path = `/api/inbox/${unsure}/override`;
    const body = JSON.stringify({ intent: 'objection' });
    const refused = await app.request(path, {
      method: 'POST',
      headers: { ...viewer, 'Content-Type': 'application/json' },
      body,
    });
    expect(refused.status).toBe(403);

    const response = await app.request(path, { method: 'POST', headers: approver, body });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id: unsure,
      intent: 'objection',
      classifiedIntent: 'other',
      needsReview: false,
      override: { intent: 'objection', by: 'approver@example.com' },
    });
    const audit = await fixture.store.audit.query({ limit: 5, action: 'override_reply_intent' });
    expect(audit.items.map((event) => event.actor)).toEqual(['approver@example.com']);

    const bad = await app.request(path, {
      method: 'POST',
      headers: approver,
      body: JSON.stringify({ intent: 'nope' }),
    });
    expect(bad.status).toBe(400);
    const missing = await app.request('/api/inbox/00000000-0000-4000-8000-000000000000/override', {
      method: 'POST',
      headers: approver,
      body,
    });
    expect(missing.status).toBe(404);
  });

  it('answers 503 inbox_not_configured without an inbox store, and the routes are in the OpenAPI document', async () => {
    const bare = createServerApp(fixtureServerDependencies(fixture, database));
    const response = await bare.request('/api/inbox', { headers: viewer });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('inbox_not_configured');
    expect(Object.keys(openApiDocument.paths)).toEqual(
      expect.arrayContaining(['/api/inbox', '/api/inbox/{id}/override']),
    );
  });
});
