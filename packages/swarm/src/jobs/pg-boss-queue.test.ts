import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { StoreTransaction } from '../ports/job-queue.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createPgBossJobQueue } from './pg-boss-queue.js';
import type { JobQueue } from '../ports/job-queue.js';

describe('pg-boss job queue on embedded PGlite', () => {
  let database: TestDatabase;
  let queue: JobQueue;

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.freshSchema();
    queue = await createPgBossJobQueue({ kind: 'pglite', pglite: database.pglite });
    await queue.declareQueues(['committed-work', 'rolled-back-work', 'handled-work']);
  });
  afterAll(async () => {
    await queue.stop();
    await database.close();
  });

  it('ARCHITECTURE contracts: a job enqueued in a committed transaction exists with the state change', async () => {
    const runId = randomUUID();
    await database.db.transaction().execute(async (transaction) => {
      await transaction
        .insertInto('runs')
        .values({ id: runId, mode: 'shadow', source: 'test', status: 'running', started_at: new Date(), report: '{}' })
        .execute();
      await queue.send('committed-work', { runId }, { transaction: transaction as unknown as StoreTransaction });
    });
    expect(await queue.queuedCount('committed-work')).toBe(1);
  });

  it('ARCHITECTURE contracts: a rolled-back transaction leaves neither the state change nor the job', async () => {
    const runId = randomUUID();
    await expect(
      database.db.transaction().execute(async (transaction) => {
        await transaction
          .insertInto('runs')
          .values({
            id: runId,
            mode: 'shadow',
            source: 'test',
            status: 'running',
            started_at: new Date(),
            report: '{}',
          })
          .execute();
        await queue.send('rolled-back-work', { runId }, { transaction: transaction as unknown as StoreTransaction });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const runs = await database.db.selectFrom('runs').select('id').where('id', '=', runId).execute();
    expect(runs).toHaveLength(0);
    expect(await queue.queuedCount('rolled-back-work')).toBe(0);
  });

  it('§6.8: cancel removes the waiting jobs of one singleton key and leaves other keys queued', async () => {
    const later = new Date(Date.now() + 3_600_000);
    await queue.send('keyed-reminders', { kind: '24h' }, { startAfter: later, singletonKey: 'reminder:booking-1:24h' });
    await queue.send('keyed-reminders', { kind: '1h' }, { startAfter: later, singletonKey: 'reminder:booking-1:1h' });
    expect(await queue.cancel!('keyed-reminders', 'reminder:booking-1:24h')).toBe(1);
    expect(await queue.queuedCount('keyed-reminders')).toBe(1);
    expect(await queue.cancel!('keyed-reminders', 'reminder:booking-1:24h')).toBe(0);
  });

  it('runs a registered handler for a queued job', async () => {
    const seen: string[] = [];
    const done = new Promise<void>((resolve) => {
      void queue.work<{ value: string }>('handled-work', async (job) => {
        seen.push(job.payload.value);
        resolve();
      });
    });
    await queue.send('handled-work', { value: 'hello' });
    await done;
    expect(seen).toEqual(['hello']);
  });

  it('SPEC 3.6: schedule registers one cron per queue; scheduling again replaces it', async () => {
    await queue.schedule!('scheduled-work', '* * * * *');
    await queue.schedule!('scheduled-work', '*/5 * * * *');
    const rows = await sql<{ name: string; cron: string }>`
      SELECT name, cron FROM pgboss.schedule WHERE name = 'scheduled-work'`.execute(database.db);
    expect(rows.rows).toEqual([{ name: 'scheduled-work', cron: '*/5 * * * *' }]);
  });
});
