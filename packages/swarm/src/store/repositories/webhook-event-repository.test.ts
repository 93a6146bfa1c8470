import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WebhookEventRecord } from '../../ports/webhook-event-store.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createWebhookEventStore } from './webhook-event-repository.js';

function record(id: string, providerEventId: string, receivedAt: string): WebhookEventRecord {
  return {
    id,
    source: 'instantly',
    providerEventId,
    receivedAt: new Date(receivedAt),
    status: 'received',
    events: [
      {
        kind: 'email_bounced',
        source: 'instantly',
        providerEventId,
        occurredAt: '2026-11-01T00:00:00.000Z',
        bounceType: 'unknown',
      },
    ],
    error: null,
  };
}

describe('webhook_events repository (migration 0005)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
  });

  it('WH-4: (source, provider event id) is stored once; the events read back; processed is idempotent', async () => {
    const store = createWebhookEventStore(database.db);
    let enqueued = 0;
    const enqueue = async () => {
      enqueued += 1;
    };
    expect(await store.recordOnce(record('a', 'evt-1', '2026-11-22T00:00:00Z'), enqueue)).toBe(true);
    expect(await store.recordOnce(record('b', 'evt-1', '2026-11-22T01:00:00Z'), enqueue)).toBe(false);
    expect(enqueued).toBe(1);
    expect(await store.find('b')).toBeUndefined();
    expect((await store.find('a'))?.events[0]).toMatchObject({ kind: 'email_bounced', bounceType: 'unknown' });
    await store.markProcessed('a', new Date('2026-11-22T00:00:01Z'));
    await store.markProcessed('a', new Date('2026-11-22T00:00:02Z'));
    expect((await store.find('a'))?.status).toBe('processed');
  });

  it('WH-4: a group-committed batch inserts each new event once and hands exactly those to afterInsert', async () => {
    const store = createWebhookEventStore(database.db);
    await store.recordOnce(record('earlier', 'evt-1', '2026-11-22T00:00:00Z'));
    const handed: string[] = [];
    const results = await store.recordManyOnce!(
      [
        record('b1', 'evt-1', '2026-11-22T01:00:00Z'),
        record('b2', 'evt-2', '2026-11-22T01:00:00Z'),
        record('b3', 'evt-2', '2026-11-22T01:00:00Z'),
        record('b4', 'evt-3', '2026-11-22T01:00:00Z'),
      ],
      async (inserted) => void handed.push(...inserted.map((row) => row.id)),
    );
    expect(results).toEqual([false, true, false, true]);
    expect(handed).toEqual(['b2', 'b4']);
    expect(await store.find('b1')).toBeUndefined();
    expect(await store.find('b3')).toBeUndefined();
    expect((await store.find('b4'))?.providerEventId).toBe('evt-3');
  });

  it('WH-7: a failing follow-up enqueue rolls back every row of the batch (never a row without its job)', async () => {
    const store = createWebhookEventStore(database.db);
    await expect(
      store.recordManyOnce!(
        [record('c1', 'evt-c1', '2026-11-22T01:00:00Z'), record('c2', 'evt-c2', '2026-11-22T01:00:00Z')],
        async () => {
          throw new Error('queue down');
        },
      ),
    ).rejects.toThrow('queue down');
    expect(await store.find('c1')).toBeUndefined();
    expect(await store.find('c2')).toBeUndefined();
  });

  it('PII-5: the retention purge removes rows received before the cutoff only', async () => {
    const store = createWebhookEventStore(database.db);
    await store.recordOnce(record('old', 'evt-old', '2026-10-01T00:00:00Z'));
    await store.recordOnce(record('new', 'evt-new', '2026-11-20T00:00:00Z'));
    expect(await store.purgeReceivedBefore(new Date('2026-10-23T00:00:00Z'))).toBe(1);
    expect(await store.find('old')).toBeUndefined();
    expect(await store.find('new')).toBeDefined();
  });
});
