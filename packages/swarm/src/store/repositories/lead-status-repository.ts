import { sql, type Kysely } from 'kysely';
import { CaioError } from '../../domain/errors.js';
import { leadStatuses, type LeadStatus } from '../../domain/lead.js';
import type { AuditEvent } from '../../ports/audit-log.js';
import type { Clock } from '../../ports/clock.js';
import type {
  AppliedTransitions,
  LeadFunnelStage,
  LeadStatusChange,
  LeadStatusPolicy,
  LeadStatusStore,
} from '../../ports/lead-status-store.js';
import type { Database } from '../schema.js';
import { toJson } from '../schema.js';
import { createAuditRepository } from './audit-repository.js';
import { leadDecayFacts } from './lead-decay-facts.js';
import { leadTimeline } from './lead-timeline-query.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const funnelStageNames: readonly LeadFunnelStage[] = ['pipeline', 'outreach', 'engaged', 'at_risk', 'terminal'];
/** Compare-and-set losers are re-read and re-checked this many times before giving up. */
const casAttempts = 5;

interface LeadPlan {
  expected: LeadStatus;
  final: LeadStatus;
  outcome: AppliedTransitions;
}

function emptyOutcome(): AppliedTransitions {
  return { applied: [], unchanged: [], refused: [] };
}

function plan(
  changes: readonly LeadStatusChange[],
  current: ReadonlyMap<string, LeadStatus>,
  policy: LeadStatusPolicy,
): Map<string, LeadPlan> {
  const plans = new Map<string, LeadPlan>();
  for (const change of changes) {
    const expected = current.get(change.leadId);
    if (!expected) continue;
    const entry = plans.get(change.leadId) ?? { expected, final: expected, outcome: emptyOutcome() };
    plans.set(change.leadId, entry);
    const from = entry.final;
    if (from === change.to) {
      entry.outcome.unchanged.push({ leadId: change.leadId, status: from });
      continue;
    }
    const decision = policy.decide(from, change.to, change.reason);
    if (decision.ok) {
      entry.outcome.applied.push({ leadId: change.leadId, from, to: change.to, reason: change.reason });
      entry.final = change.to;
    } else {
      entry.outcome.refused.push({ ...change, from, refusal: decision.reason });
    }
  }
  return plans;
}

function refusalAudit(refusal: AppliedTransitions['refused'][number], actor: string, at: Date): AuditEvent {
  return {
    at,
    agent: 'SCOUT',
    action: 'transition_lead_status',
    target: `lead:${refusal.leadId}`,
    actor,
    inputSummary: null,
    outputSummary: `${refusal.from ?? '(no lead)'} → ${refusal.to} (${refusal.reason}): ${refusal.refusal}`,
    approvalStatus: null,
    evidence: [],
    durationMs: 0,
    outcome: 'refused',
    reasonCode: 'illegal_transition',
    idempotencyKey: null,
    runId: null,
  };
}

/**
 * The SQL {@link LeadStatusStore} over `leads.status`, `lead_timeline` and `funnel_counters`
 * (migration 0007). `policy` is the SPEC §4 status machine (`signals/lead-status-policy.ts`).
 */
export function createLeadStatusRepository(
  db: Kysely<Database>,
  options: { clock: Clock; policy: LeadStatusPolicy },
): LeadStatusStore {
  const { clock, policy } = options;
  const stageCase = sql.raw(
    `CASE status ${leadStatuses.map((status) => `WHEN '${status}' THEN '${policy.stageOf(status)}'`).join(' ')} END`,
  );

  async function readCounters(executor: Kysely<Database>): Promise<Record<LeadFunnelStage, number>> {
    const rows = await sql<{ stage: string; count: string | number }>`
      SELECT stage, count FROM funnel_counters`.execute(executor);
    const counts = Object.fromEntries(funnelStageNames.map((stage) => [stage, 0])) as Record<LeadFunnelStage, number>;
    for (const row of rows.rows) counts[row.stage as LeadFunnelStage] = Number(row.count);
    return counts;
  }

  return {
    async applyTransitions(changes) {
      const at = clock.now();
      const result = emptyOutcome();
      const actorOf = new Map(changes.map((change) => [change.leadId, change.actor]));
      for (const change of changes) {
        if (!uuidPattern.test(change.leadId)) result.refused.push({ ...change, from: null, refusal: 'not_found' });
      }
      let pending = changes.filter((change) => uuidPattern.test(change.leadId));
      await db.transaction().execute(async (transaction) => {
        const timelineRows: object[] = [];
        const deltas = new Map<LeadFunnelStage, number>();
        for (let attempt = 0; pending.length > 0; attempt += 1) {
          if (attempt === casAttempts)
            throw new CaioError('conflict', 'Lead statuses kept changing under the transition batch; retry it.');
          const ids = [...new Set(pending.map((change) => change.leadId))];
          const read = await sql<{ id: string; status: LeadStatus }>`
            SELECT id::text AS id, status FROM leads WHERE id = ANY(${ids}::uuid[])`.execute(transaction);
          const current = new Map(read.rows.map((row) => [row.id, row.status]));
          for (const change of pending)
            if (!current.has(change.leadId)) result.refused.push({ ...change, from: null, refusal: 'not_found' });
          const plans = plan(pending, current, policy);
          const moves = [...plans].filter(([, entry]) => entry.final !== entry.expected);
          const won = new Set<string>();
          if (moves.length > 0) {
            const payload = moves.map(([id, entry]) => ({ id, expected: entry.expected, final: entry.final }));
            // Compare-and-set, one statement for the batch: only rows still in the expected status move.
            const updated = await sql<{ id: string }>`
              UPDATE leads AS l SET status = e->>'final', updated_at = ${at.toISOString()}::timestamptz
              FROM jsonb_array_elements(${toJson(payload)}::jsonb) AS e
              WHERE l.id = (e->>'id')::uuid AND l.status = e->>'expected'
              RETURNING l.id::text AS id`.execute(transaction);
            for (const row of updated.rows) won.add(row.id);
          }
          for (const [id, entry] of plans) {
            const moved = entry.final !== entry.expected;
            if (moved && !won.has(id)) continue;
            result.applied.push(...entry.outcome.applied);
            result.unchanged.push(...entry.outcome.unchanged);
            result.refused.push(...entry.outcome.refused);
            for (const step of entry.outcome.applied) {
              timelineRows.push({
                lead_id: id,
                kind: 'status',
                detail: `${step.from} → ${step.to} (${step.reason})`,
                source: actorOf.get(id) ?? 'system',
                from_status: step.from,
                to_status: step.to,
              });
            }
            if (moved) {
              const fromStage = policy.stageOf(entry.expected);
              const toStage = policy.stageOf(entry.final);
              deltas.set(fromStage, (deltas.get(fromStage) ?? 0) - 1);
              deltas.set(toStage, (deltas.get(toStage) ?? 0) + 1);
            }
          }
          pending = pending.filter((change) => isLost(change.leadId, plans, won));
        }
        if (timelineRows.length > 0) {
          await sql`
            INSERT INTO lead_timeline (lead_id, at, kind, detail, source, from_status, to_status)
            SELECT (e->>'lead_id')::uuid, ${at.toISOString()}::timestamptz, e->>'kind', e->>'detail', e->>'source',
              e->>'from_status', e->>'to_status'
            FROM jsonb_array_elements(${toJson(timelineRows)}::jsonb) AS e`.execute(transaction);
        }
        const changed = [...deltas].filter(([, delta]) => delta !== 0).map(([stage, delta]) => ({ stage, delta }));
        if (changed.length > 0) {
          await sql`
            INSERT INTO funnel_counters (stage, count)
            SELECT e->>'stage', (e->>'delta')::bigint FROM jsonb_array_elements(${toJson(changed)}::jsonb) AS e
            ON CONFLICT (stage) DO UPDATE SET count = funnel_counters.count + EXCLUDED.count`.execute(transaction);
        }
        if (result.refused.length > 0) {
          await createAuditRepository(transaction).record(
            result.refused.map((refusal) => refusalAudit(refusal, actorOf.get(refusal.leadId) ?? 'system', at)),
          );
        }
      });
      return result;
    },

    async appendTimeline(entries) {
      const rows = entries
        .filter((entry) => uuidPattern.test(entry.leadId))
        .map((entry) => ({ ...entry, at: entry.at.toISOString() }));
      if (rows.length === 0) return;
      await sql`
        INSERT INTO lead_timeline (lead_id, at, kind, detail, source)
        SELECT (e->>'leadId')::uuid, (e->>'at')::timestamptz, e->>'kind', e->>'detail', e->>'source'
        FROM jsonb_array_elements(${toJson(rows)}::jsonb) AS e`.execute(db);
    },

    async timeline(leadId) {
      return uuidPattern.test(leadId) ? leadTimeline(db, leadId) : [];
    },

    funnelCounts: () => readCounters(db),

    async recountFunnel() {
      return db.transaction().execute(async (transaction) => {
        // The lock makes a concurrent transition wait, so the recount and the deltas cannot interleave.
        await sql`LOCK TABLE funnel_counters IN EXCLUSIVE MODE`.execute(transaction);
        await sql`
          INSERT INTO funnel_counters (stage, count)
          SELECT stage, coalesce(found.count, 0)
          FROM unnest(${[...funnelStageNames]}::text[]) AS stage
          LEFT JOIN (SELECT ${stageCase} AS funnel_stage, count(*) AS count FROM leads GROUP BY 1) AS found
            ON found.funnel_stage = stage
          ON CONFLICT (stage) DO UPDATE SET count = EXCLUDED.count`.execute(transaction);
        return readCounters(transaction);
      });
    },

    decayFacts: (statuses) => leadDecayFacts(db, statuses),
  };
}

function isLost(leadId: string, plans: ReadonlyMap<string, LeadPlan>, won: ReadonlySet<string>): boolean {
  const entry = plans.get(leadId);
  return entry !== undefined && entry.final !== entry.expected && !won.has(leadId);
}
