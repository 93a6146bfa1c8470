import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatDecayReport } from '../main/decay-command.js';
import { createLeadStatusRepository } from '../store/repositories/lead-status-repository.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { leadStatusPolicy } from './lead-status-policy.js';
import { runDecay } from './run-decay.js';

const sentAt = new Date('2026-11-18T09:00:00Z');
const now = new Date('2026-11-22T09:00:00Z'); // 96 h after the send

describe('runDecay (SPEC 4 decay on demand)', () => {
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

  it('SPEC 4: a dry run reports what would happen and changes nothing; a real run applies it', async () => {
    const store = createLeadStatusRepository(database.db, { clock: { now: () => now }, policy: leadStatusPolicy });
    const tracked = await sentLead('email');
    const untracked = await sentLead('linkedin');
    await store.recountFunnel();
    const input = { store, now, channelsWithOpenData: new Set(['email']), actor: 'system:decay' };

    const dryRun = await runDecay({ ...input, dryRun: true });
    expect(dryRun.examined).toBe(2);
    expect(dryRun.transitions.map((transition) => [transition.leadId, transition.to])).toEqual([[tracked, 'ghosted']]);
    expect(dryRun.outcome).toBeNull();
    expect(formatDecayReport(dryRun)).toContain('dry run, nothing changed');
    const statuses = await sql<{ status: string }>`SELECT status FROM leads`.execute(database.db);
    expect(statuses.rows.map((row) => row.status)).toEqual(['sent', 'sent']);

    const real = await runDecay({ ...input, dryRun: false });
    expect(real.outcome?.applied).toEqual([{ leadId: tracked, from: 'sent', to: 'ghosted', reason: 'decay_ghosted' }]);
    expect(await store.funnelCounts()).toMatchObject({ outreach: 1, at_risk: 1 });
    expect((await store.timeline(tracked)).at(-1)).toMatchObject({ kind: 'status', source: 'system:decay' });
    // The untracked channel has no open data: it stalls only 7 days after the last touch.
    const later = await runDecay({ ...input, now: new Date('2026-11-25T09:00:00Z'), dryRun: true });
    expect(later.transitions.map((transition) => [transition.leadId, transition.to])).toEqual([[untracked, 'stalled']]);
  });

  it('SPEC 4: opens and replies fed through the timeline drive stalled and hesitant', async () => {
    const store = createLeadStatusRepository(database.db, { clock: { now: () => now }, policy: leadStatusPolicy });
    const lead = await sentLead('email');
    await store.applyTransitions([{ leadId: lead, to: 'opened', reason: 'open', actor: 'pixel' }]);
    await store.appendTimeline([
      { leadId: lead, at: new Date('2026-11-19T09:00:00Z'), kind: 'open', detail: 'open', source: 'pixel' },
      { leadId: lead, at: new Date('2026-11-20T09:00:00Z'), kind: 'open', detail: 'open', source: 'pixel' },
    ]);
    const input = { store, channelsWithOpenData: new Set(['email']), actor: 'system:decay', dryRun: true };
    expect((await runDecay({ ...input, now })).transitions.map((transition) => transition.to)).toEqual(['hesitant']);
    const week = new Date('2026-11-26T09:00:00Z');
    expect((await runDecay({ ...input, now: week })).transitions.map((transition) => transition.to)).toEqual([
      'stalled',
    ]);
    await store.appendTimeline([
      { leadId: lead, at: new Date('2026-11-21T09:00:00Z'), kind: 'reply', detail: 'reply', source: 'imap' },
    ]);
    expect((await runDecay({ ...input, now: week })).transitions).toEqual([]);
  });
});
