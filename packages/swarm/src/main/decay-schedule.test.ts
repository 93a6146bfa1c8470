import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { JobQueue, QueuedJob } from '../ports/job-queue.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import type { DecayReport } from '../signals/run-decay.js';
import { channelsWithOpenDataOf, leadDecayCron, leadDecayJob, startDecaySchedule } from './decay-schedule.js';

const sentAt = new Date('2026-11-18T09:00:00Z');
const now = new Date('2026-11-22T09:00:00Z'); // 96 h after the send: ghosted if opens are tracked

/** A queue that records declarations, handlers and schedules, and runs a handler on demand. */
function recordingQueue() {
  const handlers = new Map<string, (job: QueuedJob<unknown>) => Promise<void>>();
  const schedules: [string, string][] = [];
  const declared: string[] = [];
  const queue: JobQueue = {
    declareQueues: async (names) => {
      declared.push(...names);
    },
    send: async () => null,
    work: async <Payload>(name: string, handler: (job: QueuedJob<Payload>) => Promise<void>) => {
      handlers.set(name, handler as (job: QueuedJob<unknown>) => Promise<void>);
    },
    schedule: async (name, cron) => {
      schedules.push([name, cron]);
    },
    queuedCount: async () => 0,
    stop: async () => undefined,
  };
  const run = async (name: string) => {
    const handler = handlers.get(name);
    if (!handler) throw new Error(`no worker for ${name}`);
    await handler({ id: randomUUID(), name, payload: {}, retryCount: 0 });
  };
  return { queue, schedules, declared, run };
}

describe('startDecaySchedule (SPEC 4: decay rules run daily)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
  });

  async function sentLead(channel: string): Promise<string> {
    const id = randomUUID();
    await sql`INSERT INTO leads (id, dedup_key, source, status)
      VALUES (${id}::uuid, ${`email:${id}@example.com`}, 'csv:test.csv', 'sent')`.execute(database.db);
    await sql`INSERT INTO outbox (id, idempotency_key, message_id, thread_key, sequence_step, lead_id, mailbox,
        recipient, subject, channel, status, raw, created_at, updated_at)
      VALUES (${randomUUID()}::uuid, ${`key-${id}`}, ${`<${id}@mail.example.com>`}, ${id}, 1, ${id}::uuid,
        'sales@example.com', ${`${id}@example.com`}, 'Hello', ${channel}, 'sent', 'raw',
        ${sentAt.toISOString()}::timestamptz, ${sentAt.toISOString()}::timestamptz)`.execute(database.db);
    return id;
  }

  async function statusOf(id: string): Promise<string | undefined> {
    const result = await sql<{ status: string }>`SELECT status FROM leads WHERE id = ${id}::uuid`.execute(database.db);
    return result.rows[0]?.status;
  }

  it('SPEC 4: declares the queue, schedules it daily in UTC and the scheduled run applies the decay rules', async () => {
    const { queue, schedules, declared, run } = recordingQueue();
    const reports: DecayReport[] = [];
    const lead = await sentLead('email');
    const config = { tracking: { opens: true, clicks: false, baseUrl: 'https://caio.example.com' } };
    await startDecaySchedule(queue, { database, clock: { now: () => now }, config }, (report) => reports.push(report));
    expect(declared).toEqual([leadDecayJob]);
    expect(schedules).toEqual([[leadDecayJob, leadDecayCron]]);
    expect(leadDecayCron.split(' ')).toHaveLength(5);

    await run(leadDecayJob);
    expect(await statusOf(lead)).toBe('ghosted');
    expect(reports[0]?.outcome?.applied).toEqual([
      { leadId: lead, from: 'sent', to: 'ghosted', reason: 'decay_ghosted' },
    ]);
  });

  it('SPEC 4: with SMTP open tracking off (the default) no lead is ghosted for "no opens" — only the reply rule applies', async () => {
    const { queue, run } = recordingQueue();
    const lead = await sentLead('email');
    const linkedin = await sentLead('linkedin');
    const config = { tracking: { opens: false, clicks: false } };
    const reports: DecayReport[] = [];
    await startDecaySchedule(queue, { database, clock: { now: () => now }, config }, (report) => reports.push(report));
    await run(leadDecayJob);
    expect(reports[0]?.transitions).toEqual([]);
    expect([await statusOf(lead), await statusOf(linkedin)]).toEqual(['sent', 'sent']);

    // Seven days after the last touch, the reply-based rule stalls both channels alike.
    const week = new Date('2026-11-26T09:00:00Z');
    const later = recordingQueue();
    await startDecaySchedule(later.queue, { database, clock: { now: () => week }, config });
    await later.run(leadDecayJob);
    expect([await statusOf(lead), await statusOf(linkedin)]).toEqual(['stalled', 'stalled']);
  });

  it('SPEC 4: only email has open data, and only when tracking.opens is on', () => {
    expect([...channelsWithOpenDataOf({ tracking: { opens: true, clicks: false } })]).toEqual(['email']);
    expect([...channelsWithOpenDataOf({ tracking: { opens: false, clicks: true } })]).toEqual([]);
  });

  it('a queue without cron support still gets the worker', async () => {
    const { queue, run } = recordingQueue();
    const { schedule, ...withoutCron } = queue;
    expect(schedule).toBeDefined();
    await startDecaySchedule(withoutCron, {
      database,
      clock: { now: () => now },
      config: { tracking: { opens: false, clicks: false } },
    });
    await expect(run(leadDecayJob)).resolves.toBeUndefined();
  });
});
