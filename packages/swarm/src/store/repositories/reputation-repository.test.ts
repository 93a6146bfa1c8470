import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReputationStats } from '../../ports/reputation-stats.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createReputationRepository } from './reputation-repository.js';

const since = new Date('2026-03-01T00:00:00Z');
const inWindow = new Date('2026-03-01T10:00:00Z');
const before = new Date('2026-02-27T10:00:00Z');

describe('reputation repository (EM-6 counts and pauses, migration 0009)', () => {
  let database: TestDatabase;
  let stats: ReputationStats;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    stats = createReputationRepository(database.db);
  });

  /** One lead with one outbox row from `mailbox`, and optional timeline outcomes. */
  async function sentLead(options: {
    mailbox: string;
    status?: string;
    sentAt?: Date;
    channel?: string;
    outcomes?: [string, Date][];
  }) {
    const leadId = randomUUID();
    await sql`INSERT INTO leads (id, dedup_key, source, status)
      VALUES (${leadId}::uuid, ${`email:${leadId}@example.com`}, 'csv:test.csv', 'sent')`.execute(database.db);
    const messageId = `<${randomUUID()}@example.com>`;
    await sql`INSERT INTO outbox (id, idempotency_key, message_id, thread_key, sequence_step, lead_id, mailbox,
        recipient, subject, channel, status, raw, sent_at)
      VALUES (${randomUUID()}::uuid, ${randomUUID()}, ${messageId}, ${messageId}, 1, ${leadId}::uuid, ${options.mailbox},
        'someone@example.org', 'Hello', ${options.channel ?? 'email'}, ${options.status ?? 'sent'}, '', ${options.sentAt ?? inWindow})`.execute(
      database.db,
    );
    for (const [kind, at] of options.outcomes ?? []) {
      await sql`INSERT INTO lead_timeline (lead_id, at, kind, detail, source)
        VALUES (${leadId}::uuid, ${at}, ${kind}, ${kind}, 'instantly')`.execute(database.db);
    }
  }

  it('EM-6: counts sends, hard bounces and complaints of one sending domain inside the window', async () => {
    await sentLead({ mailbox: 'ana@cold.example.com', outcomes: [['bounce', inWindow]] });
    await sentLead({ mailbox: 'Ben@Cold.Example.com', outcomes: [['spam_complaint', inWindow]] });
    await sentLead({ mailbox: 'ana@cold.example.com', outcomes: [['bounce_transient', inWindow]] });
    await sentLead({ mailbox: 'ana@cold.example.com', sentAt: before, outcomes: [['bounce', before]] });
    await sentLead({ mailbox: 'ana@cold.example.com', status: 'queued' });
    await sentLead({ mailbox: 'ana@cold.example.com', channel: 'linkedin' });
    await sentLead({ mailbox: 'cy@other.example.com', outcomes: [['bounce', inWindow]] });
    expect(await stats.countsFor('cold.example.com', since)).toEqual({ sent: 3, bounced: 1, complained: 1 });
    expect(await stats.countsFor('other.example.com', since)).toEqual({ sent: 1, bounced: 1, complained: 0 });
  });

  it('EM-6: one open pause per domain until a human resumes it', async () => {
    const counts = { sent: 100, bounced: 6, complained: 0 };
    await stats.pause({ sendingDomain: 'cold.example.com', reason: 'bounces', counts, at: inWindow });
    await stats.pause({
      sendingDomain: 'cold.example.com',
      reason: 'again',
      counts,
      at: new Date('2026-03-01T11:00:00Z'),
    });
    expect(await stats.latestPause('cold.example.com')).toMatchObject({ reason: 'bounces', resumedAt: null, counts });
    const resumedAt = new Date('2026-03-02T09:00:00Z');
    expect(await stats.resume({ sendingDomain: 'cold.example.com', by: 'ops@example.com', at: resumedAt })).toBe(true);
    expect(await stats.resume({ sendingDomain: 'cold.example.com', by: 'ops@example.com', at: resumedAt })).toBe(false);
    expect(await stats.latestPause('cold.example.com')).toMatchObject({ resumedAt, resumedBy: 'ops@example.com' });
    await stats.pause({
      sendingDomain: 'cold.example.com',
      reason: 'complaints',
      counts,
      at: new Date('2026-03-03T09:00:00Z'),
    });
    expect(await stats.latestPause('cold.example.com')).toMatchObject({ reason: 'complaints', resumedAt: null });
    expect(await stats.latestPause('other.example.com')).toBeNull();
  });
});
