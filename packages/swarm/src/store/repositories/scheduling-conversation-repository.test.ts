import type { Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sampleSchedulingConversation } from '../../test-support/sample-scheduling-conversation.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createSchedulingConversationRepository } from './scheduling-conversation-repository.js';
import { schedulingDatabaseOf, type SchedulingDatabase } from './scheduling-tables.js';

const conversation = sampleSchedulingConversation({
  id: 'c-1',
  threadKey: '<root@example.com>',
  prospectTimezone: 'Asia/Kathmandu',
  proposals: ['2026-03-03T09:15:00.000Z', '2026-03-04T10:15:00.000Z'],
});

describe('scheduling conversation repository (migration 0014)', () => {
  let database: TestDatabase;
  let db: Kysely<SchedulingDatabase>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    db = schedulingDatabaseOf(database.db);
  });

  it('§6.6: keeps the exact proposal instants and exchange count in thread state, updates in place', async () => {
    const store = createSchedulingConversationRepository(db);
    await store.save(conversation);
    expect(await store.get('c-1')).toEqual(conversation);
    const booked = {
      ...conversation,
      status: 'booked' as const,
      bookingId: 'b-1',
      meetingStart: conversation.proposals[1]!,
      exchangeCount: 2,
    };
    await store.save(booked);
    expect(await store.findLatestForLead('lead-1')).toEqual(booked);
    expect(await store.listMeetings()).toEqual([booked]);
    expect(await store.findByBookingId('b-1')).toEqual(booked);
    expect(await store.findByBookingId('b-2')).toBeUndefined();
  });

  it('stores meeting-booked in domain_events and learning outcomes', async () => {
    const store = createSchedulingConversationRepository(db);
    await store.recordMeetingEvent({
      type: 'meeting-booked',
      meetingId: 'b-1',
      leadId: 'lead-1',
      hostId: 'alex',
      start: '2026-03-04T10:15:00.000Z',
      end: '2026-03-04T10:45:00.000Z',
      at: '2026-03-02T10:00:00.000Z',
    });
    await store.recordOutcome({
      conversationId: 'c-1',
      leadId: 'lead-1',
      exchangesToBook: 2,
      acceptedStart: '2026-03-04T10:15:00.000Z',
      prospectWeekday: 'wed',
      prospectTime: '16:00',
      at: '2026-03-02T10:00:00.000Z',
    });
    const events = await db.selectFrom('domain_events').select(['type', 'payload']).execute();
    expect(events).toEqual([
      { type: 'meeting-booked', payload: expect.objectContaining({ meetingId: 'b-1', hostId: 'alex' }) },
    ]);
    const outcomes = await db
      .selectFrom('scheduling_outcomes')
      .select(['exchanges_to_book', 'prospect_time'])
      .execute();
    expect(outcomes).toEqual([{ exchanges_to_book: 2, prospect_time: '16:00' }]);
  });

  it('issue 7: lists conversations of every status newest update first, filtered by status, keyset-paged', async () => {
    const store = createSchedulingConversationRepository(db);
    const at = (minute: number) => `2026-03-02T10:${String(minute).padStart(2, '0')}:00.000Z`;
    await store.save(sampleSchedulingConversation({ id: 'a', updatedAt: at(1) }));
    await store.save(sampleSchedulingConversation({ id: 'b', status: 'escalated', updatedAt: at(3) }));
    // Same instant as `b`: the id breaks the tie, descending.
    await store.save(sampleSchedulingConversation({ id: 'c', status: 'booked', updatedAt: at(3) }));
    await store.save(sampleSchedulingConversation({ id: 'd', status: 'cancelled', updatedAt: at(2) }));

    const first = await store.listConversations({ limit: 2 });
    expect([first.items.map((item) => item.id), first.total]).toEqual([['c', 'b'], 4]);
    expect(first.nextCursor).not.toBeNull();
    const second = await store.listConversations({ limit: 2, cursor: first.nextCursor ?? '' });
    expect([second.items.map((item) => item.id), second.nextCursor]).toEqual([['d', 'a'], null]);
    expect(second.items[1]).toEqual(sampleSchedulingConversation({ id: 'a', updatedAt: at(1) }));

    const escalated = await store.listConversations({ limit: 10, status: 'escalated' });
    expect([escalated.items.map((item) => item.id), escalated.total, escalated.nextCursor]).toEqual([['b'], 1, null]);
    await expect(store.listConversations({ limit: 10, cursor: 'forged' })).rejects.toMatchObject({
      code: 'input_invalid',
    });
  });
});
