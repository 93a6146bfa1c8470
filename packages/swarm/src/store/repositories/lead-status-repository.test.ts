import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { leadStatuses, type LeadStatus } from '../../domain/lead.js';
import type { LeadStatusStore } from '../../ports/lead-status-store.js';
import { createSeededRandom } from '../../scheduling/seeded-random.js';
import { funnelStageOfStatus, type FunnelStage } from '../../signals/lead-funnel-stage.js';
import { leadStatusPolicy } from '../../signals/lead-status-policy.js';
import { leadStatusTransitions } from '../../signals/lead-status-transitions.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createLeadStatusRepository } from './lead-status-repository.js';

const at = new Date('2026-11-22T10:00:00Z');
const clock = { now: () => at };

describe('lead status repository (SPEC 4 status machine, timeline, funnel)', () => {
  let database: TestDatabase;
  let store: LeadStatusStore;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    store = createLeadStatusRepository(database.db, { clock, policy: leadStatusPolicy });
  });

  async function insertLeads(statuses: readonly LeadStatus[]): Promise<string[]> {
    const ids = statuses.map(() => randomUUID());
    for (const [index, id] of ids.entries()) {
      await sql`INSERT INTO leads (id, dedup_key, source, status)
        VALUES (${id}::uuid, ${`email:lead${index}@example.com`}, 'csv:test.csv', ${statuses[index]})`.execute(
        database.db,
      );
    }
    return ids;
  }

  async function statusOf(id: string): Promise<string | undefined> {
    const result = await sql<{ status: string }>`SELECT status FROM leads WHERE id = ${id}::uuid`.execute(database.db);
    return result.rows[0]?.status;
  }

  async function groupByCounts(): Promise<Record<FunnelStage, number>> {
    const result = await sql<{ status: LeadStatus; count: string }>`
      SELECT status, count(*) AS count FROM leads GROUP BY status`.execute(database.db);
    const counts: Record<FunnelStage, number> = { pipeline: 0, outreach: 0, engaged: 0, at_risk: 0, terminal: 0 };
    for (const row of result.rows) counts[funnelStageOfStatus[row.status]] += Number(row.count);
    return counts;
  }

  it('SPEC 4: legal transitions apply in order, append timeline entries and move funnel counters', async () => {
    const [lead] = await insertLeads(['sent']);
    await store.recountFunnel();
    const outcome = await store.applyTransitions([
      { leadId: lead!, to: 'opened', reason: 'open', actor: 'webhook:instantly' },
      { leadId: lead!, to: 'opened', reason: 'open', actor: 'webhook:instantly' },
      { leadId: lead!, to: 'replied', reason: 'reply', actor: 'webhook:instantly' },
    ]);
    expect(outcome.applied.map((step) => `${step.from}>${step.to}`)).toEqual(['sent>opened', 'opened>replied']);
    expect(outcome.unchanged).toEqual([{ leadId: lead, status: 'opened' }]);
    expect(await statusOf(lead!)).toBe('replied');
    const timeline = await store.timeline(lead!);
    expect(timeline.map((entry) => entry.detail)).toEqual(['sent → opened (open)', 'opened → replied (reply)']);
    expect(timeline[0]).toMatchObject({ kind: 'status', source: 'webhook:instantly', at });
    expect(await store.funnelCounts()).toEqual({ pipeline: 0, outreach: 0, engaged: 1, at_risk: 0, terminal: 0 });
  });

  it('SPEC 4: illegal and terminal transitions are refused, changed nothing, and are audited as illegal_transition', async () => {
    const [fresh, gone] = await insertLeads(['new', 'unsubscribed']);
    const missing = randomUUID();
    const outcome = await store.applyTransitions([
      { leadId: fresh!, to: 'sent', reason: 'send', actor: 'user:ops@example.com' },
      { leadId: gone!, to: 'sent', reason: 'reverse_bounce', actor: 'user:ops@example.com' },
      { leadId: missing, to: 'opened', reason: 'open', actor: 'webhook:instantly' },
      { leadId: 'not-a-uuid', to: 'opened', reason: 'open', actor: 'webhook:instantly' },
    ]);
    expect(outcome.applied).toEqual([]);
    expect(outcome.refused.map((refusal) => refusal.refusal).sort()).toEqual([
      'illegal_transition',
      'not_found',
      'not_found',
      'terminal',
    ]);
    expect(await statusOf(fresh!)).toBe('new');
    expect(await statusOf(gone!)).toBe('unsubscribed');
    const audits = await sql<{ target: string; reason_code: string; outcome: string; output_summary: string }>`
      SELECT target, reason_code, outcome, output_summary FROM audit_events ORDER BY target`.execute(database.db);
    expect(audits.rows).toHaveLength(4);
    expect(audits.rows.every((row) => row.reason_code === 'illegal_transition' && row.outcome === 'refused')).toBe(
      true,
    );
    const freshTimeline = await store.timeline(fresh!);
    expect(freshTimeline).toEqual([
      expect.objectContaining({
        kind: 'audit',
        source: 'SCOUT',
        detail: 'transition_lead_status refused: new → sent (send): illegal_transition',
      }),
    ]);
  });

  it('SPEC 4: a human can reverse a bounce (bounced → sent by reverse_bounce)', async () => {
    const [lead] = await insertLeads(['bounced']);
    const outcome = await store.applyTransitions([
      { leadId: lead!, to: 'sent', reason: 'reverse_bounce', actor: 'user:ops@example.com' },
    ]);
    expect(outcome.applied).toHaveLength(1);
    expect(await statusOf(lead!)).toBe('sent');
  });

  it('SPEC 4: the timeline merges status changes, appended activity and pipeline audit events, oldest first', async () => {
    const [lead] = await insertLeads(['sent']);
    await sql`INSERT INTO audit_events (at, agent, action, target, actor, output_summary, outcome)
      VALUES ('2026-11-20T09:00:00Z', 'SEGMENTOR', 'score_lead', ${`lead:${lead}`}, 'system', 'tier_1 (score 80)', 'decided')`.execute(
      database.db,
    );
    await store.appendTimeline([
      { leadId: lead!, at: new Date('2026-11-21T09:00:00Z'), kind: 'open', detail: 'opened intro', source: 'pixel' },
    ]);
    await store.applyTransitions([{ leadId: lead!, to: 'opened', reason: 'open', actor: 'pixel' }]);
    const timeline = await store.timeline(lead!);
    expect(timeline.map((entry) => [entry.kind, entry.source])).toEqual([
      ['audit', 'SEGMENTOR'],
      ['open', 'pixel'],
      ['status', 'pixel'],
    ]);
    expect(timeline[0]?.detail).toBe('score_lead decided: tier_1 (score 80)');
    expect(await store.timeline('not-a-uuid')).toEqual([]);
  });

  it('SPEC 4: funnel counters equal a GROUP BY over leads after random transitions', async () => {
    const random = createSeededRandom(20261122);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const ids = await insertLeads(Array.from({ length: 40 }, () => pick(leadStatuses)));
    expect(await store.recountFunnel()).toEqual(await groupByCounts());
    let applied = 0;
    for (let round = 0; round < 12; round += 1) {
      const batch = Array.from({ length: 15 }, () => {
        const leadId = pick(ids);
        const to = pick(leadStatuses);
        return { leadId, to, reason: 'random', actor: 'test' };
      });
      // Half the batches also get moves the table allows, so many changes really apply.
      for (const leadId of ids.slice(0, 10)) {
        const status = (await statusOf(leadId)) as LeadStatus;
        const moves = leadStatusTransitions[status];
        if (moves.length > 0 && random() < 0.5) {
          const move = pick(moves);
          batch.push({ leadId, to: move.to, reason: pick(move.reasons), actor: 'test' });
        }
      }
      applied += (await store.applyTransitions(batch)).applied.length;
      expect(await store.funnelCounts()).toEqual(await groupByCounts());
    }
    expect(applied).toBeGreaterThan(20);
  });

  it('SPEC 4: recountFunnel repairs counters after bulk writes that bypass transitions', async () => {
    const ids = await insertLeads(['new', 'new', 'sent']);
    await store.recountFunnel();
    await sql`UPDATE leads SET status = 'scored' WHERE id = ${ids[0]!}::uuid`.execute(database.db);
    await sql`UPDATE leads SET status = 'disqualified' WHERE id = ${ids[1]!}::uuid`.execute(database.db);
    expect(await store.funnelCounts()).toEqual({ pipeline: 2, outreach: 1, engaged: 0, at_risk: 0, terminal: 0 });
    expect(await store.recountFunnel()).toEqual({ pipeline: 1, outreach: 1, engaged: 0, at_risk: 0, terminal: 1 });
    expect(await store.funnelCounts()).toEqual({ pipeline: 1, outreach: 1, engaged: 0, at_risk: 0, terminal: 1 });
  });
});
