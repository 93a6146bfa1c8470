import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isCaioError } from '../../domain/errors.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { seedInboundReply } from '../../test-support/seed-inbound-reply.js';
import { createAuditRepository } from './audit-repository.js';
import { createInboxRepository } from './inbox-repository.js';

const now = new Date('2026-11-22T09:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe('inbox repository (SPEC 4 unified inbox)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
  });

  it('SPEC 4: lists newest first with intent and needs-review filters, keyset pages and a filtered total', async () => {
    const inbox = createInboxRepository(database.db, { clock: { now: () => now } });
    const question = await seedInboundReply(database.db, {
      receivedAt: minutesAgo(30),
      visibleText: 'Does it work with SAP?',
      intent: 'question',
      confidence: 0.9,
      actionTaken: 'draft_created',
    });
    const unsure = await seedInboundReply(database.db, {
      receivedAt: minutesAgo(20),
      visibleText: 'hmm',
      intent: 'other',
      confidence: 0.3,
      needsReview: true,
    });
    const optOut = await seedInboundReply(database.db, {
      receivedAt: minutesAgo(10),
      visibleText: 'Please remove me',
      intent: 'unsubscribe_request',
      confidence: 0.99,
      actionTaken: 'suppressed',
    });

    const first = await inbox.list({ limit: 2 });
    expect(first.total).toBe(3);
    expect(first.items.map((reply) => reply.id)).toEqual([optOut, unsure]);
    expect(first.items[0]).toMatchObject({
      intent: 'unsubscribe_request',
      confidence: 0.99,
      actionTaken: 'suppressed',
    });
    const second = await inbox.list({ limit: 2, cursor: first.nextCursor ?? '' });
    expect(second.items.map((reply) => reply.id)).toEqual([question]);
    expect(second.nextCursor).toBeNull();

    expect((await inbox.list({ limit: 10, needsReview: true })).items.map((reply) => reply.id)).toEqual([unsure]);
    const questions = await inbox.list({ limit: 10, intent: 'question' });
    expect([questions.total, questions.items.map((reply) => reply.id)]).toEqual([1, [question]]);
  });

  it('SPEC 4: an override changes the effective intent, keeps the classified one, clears needs-review and is audited', async () => {
    const inbox = createInboxRepository(database.db, { clock: { now: () => now } });
    const unsure = await seedInboundReply(database.db, {
      receivedAt: minutesAgo(5),
      visibleText: 'Talk in January',
      intent: 'other',
      confidence: 0.4,
      needsReview: true,
    });
    const updated = await inbox.override(unsure, 'objection', 'alice@example.com');
    expect(updated).toMatchObject({
      intent: 'objection',
      classifiedIntent: 'other',
      needsReview: false,
      override: { intent: 'objection', by: 'alice@example.com', at: now },
    });
    expect((await inbox.list({ limit: 10, intent: 'objection' })).items.map((reply) => reply.id)).toEqual([unsure]);
    expect((await inbox.list({ limit: 10, intent: 'other' })).total).toBe(0);
    expect((await inbox.list({ limit: 10, needsReview: true })).total).toBe(0);

    const audit = await createAuditRepository(database.db).query({ limit: 5, action: 'override_reply_intent' });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      agent: 'GATEKEEPER',
      actor: 'alice@example.com',
      target: `reply:${unsure}`,
      outputSummary: 'other → objection',
    });
    expect(await inbox.override('00000000-0000-4000-8000-000000000000', 'question', 'alice@example.com')).toBeNull();
    expect(await inbox.override('not-a-uuid', 'question', 'alice@example.com')).toBeNull();
  });

  it('rejects a cursor it did not issue', async () => {
    const inbox = createInboxRepository(database.db, { clock: { now: () => now } });
    const failure = await inbox.list({ limit: 5, cursor: 'bogus' }).catch((error: unknown) => error);
    expect(isCaioError(failure) && failure.code).toBe('input_invalid');
  });
});
