import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createInboundReplyRepository } from './inbound-reply-repository.js';
import { createMailboxCursorRepository } from './mailbox-cursor-repository.js';
import { createReplyEffectsRepository } from './reply-effects-repository.js';
import { createStoreThreadLedger } from './thread-ledger-repository.js';

const now = new Date('2026-11-22T10:00:00Z');
const clock = { now: () => now };

describe('store-backed thread ledger over the outbox (threading spec 3.1) and the 0010 inbox tables', () => {
  let database: TestDatabase;
  let leadId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    leadId = randomUUID();
    await sql`INSERT INTO leads (id, dedup_key, source, status, email, email_key)
      VALUES (${leadId}::uuid, 'email:sam@example.com', 'csv:test.csv', 'sent', 'sam@example.com', 'sam@example.com')`.execute(
      database.db,
    );
  });

  async function insertOutbox(row: {
    messageId: string;
    wire?: string;
    threadKey: string;
    step: number;
    inReplyTo?: string;
    references?: string[];
    sentAt: Date;
  }): Promise<string> {
    const id = randomUUID();
    await database.db
      .insertInto('outbox')
      .values({
        id,
        idempotency_key: `key-${id}`,
        message_id: row.messageId,
        wire_message_id: row.wire ?? null,
        thread_key: row.threadKey,
        sequence_step: row.step,
        in_reply_to: row.inReplyTo ?? null,
        references: JSON.stringify(row.references ?? []),
        lead_id: leadId,
        draft_id: null,
        mailbox: 'ana@example.org',
        recipient: 'Sam <Sam@Example.com>',
        subject: 'Ops at Example',
        channel: 'email',
        status: 'sent',
        raw: '',
        sent_at: row.sentAt,
      })
      .execute();
    return id;
  }

  it('resolves our canonical id, a bare or bracketed ESP wire alias, and an earlier inbound id to the root thread key', async () => {
    await insertOutbox({
      messageId: '<step1@example.org>',
      threadKey: '<step1@example.org>',
      step: 1,
      sentAt: new Date('2026-11-01T09:00:00Z'),
    });
    await insertOutbox({
      messageId: '<step2@example.org>',
      wire: '0100abc@eu-west-1.amazonses.com',
      threadKey: '<step1@example.org>',
      step: 2,
      inReplyTo: '<step1@example.org>',
      references: ['<step1@example.org>'],
      sentAt: new Date('2026-11-05T09:00:00Z'),
    });
    const ledger = createStoreThreadLedger(database.db, { ourAddresses: ['Ana <ana@example.org>'], clock });
    const canonical = await ledger.findMessage(' <step2@example.org> ');
    expect(canonical?.messageId).toBe('<step2@example.org>');
    expect(canonical?.threadKey).toBe('<step1@example.org>');
    expect(canonical?.outbound?.recipientAddress).toBe('sam@example.com');
    const alias = await ledger.findMessage('<0100abc@eu-west-1.amazonses.com>');
    expect(alias?.messageId).toBe('<step2@example.org>');
    expect(alias?.threadKey).toBe('<step1@example.org>');
    expect(await ledger.findMessage('<unknown@example.net>')).toBeNull();

    await ledger.recordInbound('<reply1@example.com>', '<step1@example.org>');
    await ledger.recordInbound('<reply1@example.com>', '<step1@example.org>');
    await ledger.recordInbound('<step2@example.org>', '<other@example.org>');
    expect(await ledger.findMessage('<reply1@example.com>')).toEqual({
      messageId: '<reply1@example.com>',
      threadKey: '<step1@example.org>',
      outbound: null,
    });
    // Our own outbound id is never shadowed by an inbound record.
    expect((await ledger.findMessage('<step2@example.org>'))?.threadKey).toBe('<step1@example.org>');
    expect(ledger.isOurAddress('ANA@example.org')).toBe(true);
    expect(ledger.isOurAddress('sam@example.com')).toBe(false);
  });

  it('lists outbound rows newest first within the look-back window only', async () => {
    await insertOutbox({
      messageId: '<old@example.org>',
      threadKey: '<old@example.org>',
      step: 1,
      sentAt: new Date('2025-01-01T00:00:00Z'),
    });
    await insertOutbox({
      messageId: '<a@example.org>',
      threadKey: '<a@example.org>',
      step: 1,
      sentAt: new Date('2026-11-01T00:00:00Z'),
    });
    await insertOutbox({
      messageId: '<b@example.org>',
      threadKey: '<a@example.org>',
      step: 2,
      sentAt: new Date('2026-11-10T00:00:00Z'),
    });
    const ledger = createStoreThreadLedger(database.db, { ourAddresses: [], clock, windowDays: 90 });
    expect((await ledger.listOutbound()).map((record) => record.messageId)).toEqual([
      '<b@example.org>',
      '<a@example.org>',
    ]);
  });

  it('finds the outbox row a reply answers by parent id or wire alias, else the thread’s latest step', async () => {
    const first = await insertOutbox({
      messageId: '<s1@example.org>',
      threadKey: '<s1@example.org>',
      step: 1,
      sentAt: new Date('2026-11-01T00:00:00Z'),
    });
    const second = await insertOutbox({
      messageId: '<s2@example.org>',
      wire: '<wire2@esp.example.net>',
      threadKey: '<s1@example.org>',
      step: 2,
      sentAt: new Date('2026-11-03T00:00:00Z'),
    });
    const replies = createInboundReplyRepository(database.db);
    expect(await replies.findThreadOwner({ parentId: '<s1@example.org>', threadKey: '<s1@example.org>' })).toEqual({
      outboxId: first,
      leadId,
    });
    expect(await replies.findThreadOwner({ parentId: '<wire2@esp.example.net>', threadKey: null })).toEqual({
      outboxId: second,
      leadId,
    });
    expect(await replies.findThreadOwner({ parentId: '<gone@example.net>', threadKey: '<s1@example.org>' })).toEqual({
      outboxId: second,
      leadId,
    });
    expect(await replies.findThreadOwner({ parentId: null, threadKey: '<nothing@example.net>' })).toBeNull();
  });

  it('stores a reply once per dedupe key, keeps cursors per mailbox, and makes pauses and events idempotent per reply', async () => {
    const replies = createInboundReplyRepository(database.db);
    const record = {
      id: randomUUID(),
      dedupeKey: '<r@example.com>',
      messageId: '<r@example.com>',
      mailbox: 'replies@example.org@imap.example.org/INBOX',
      uid: 7,
      threadKey: null,
      parentId: null,
      threadingMethod: 'new-thread',
      threadingConfidence: 1,
      outboxId: null,
      leadId,
      fromAddress: 'sam@example.com',
      subject: 'Re: hi',
      receivedAt: now,
      visibleText: 'Out until Monday',
      intent: 'out_of_office',
      confidence: 0.97,
      secondaryIntent: null,
      extracted: { returnDate: '2026-11-30' },
      needsReview: false,
      actionTaken: 'paused_until:2026-11-30',
      actions: [{ kind: 'pause_automation' }],
      routedAt: null,
    };
    expect((await replies.insertOnce(record)).inserted).toBe(true);
    const again = await replies.insertOnce({ ...record, id: randomUUID() });
    expect(again.inserted).toBe(false);
    expect(again.reply.id).toBe(record.id);
    expect(again.reply.extracted).toEqual({ returnDate: '2026-11-30' });
    await replies.markRouted(record.id, 'paused_until:2026-11-30', now);
    expect((await replies.findByDedupeKey('<r@example.com>'))?.routedAt).toEqual(now);

    const cursors = createMailboxCursorRepository(database.db);
    expect(await cursors.get('m1')).toBeNull();
    await cursors.save('m1', { uidValidity: 4_000_000_000, lastUid: 12 }, now);
    await cursors.save('m1', { uidValidity: 4_000_000_000, lastUid: 15 }, now);
    expect(await cursors.get('m1')).toEqual({ uidValidity: 4_000_000_000, lastUid: 15 });

    const effects = createReplyEffectsRepository(database.db);
    const pause = {
      leadId,
      threadKey: null,
      until: new Date('2026-11-30T00:00:00Z'),
      reason: 'out_of_office',
      replyId: record.id,
      at: now,
    };
    await effects.pauseAutomation(pause);
    await effects.pauseAutomation(pause);
    expect(await effects.activePauses(leadId, now)).toHaveLength(1);
    expect(await effects.activePauses(leadId, new Date('2026-12-01T00:00:00Z'))).toHaveLength(0);
    expect(await effects.recordDomainEvent('scheduling-requested', { replyId: record.id, leadId }, now)).toBe(true);
    expect(await effects.recordDomainEvent('scheduling-requested', { replyId: record.id, leadId }, now)).toBe(false);
    await effects.setSalesStage({ leadId, stage: 'needs_analysis', reason: 'reply:question', at: now });
    await effects.setSalesStage({ leadId, stage: 'objection_handling', reason: 'reply:objection', at: now });
    expect(await effects.salesStageOf(leadId)).toBe('objection_handling');
  });
});
