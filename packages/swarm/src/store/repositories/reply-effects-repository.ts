import { sql, type Kysely } from 'kysely';
import { salesStages, type SalesStage } from '../../domain/sales-stage.js';
import type { AutomationPauseReader } from '../../ports/automation-pause-reader.js';
import type { AutomationPause, ReplyEffectsStore } from '../../ports/reply-effects-store.js';
import type { Database } from '../schema.js';
import { toJson } from '../schema.js';

function isSalesStage(value: string): value is SalesStage {
  return (salesStages as readonly string[]).includes(value);
}

/** Pauses in force at `at` per lead (not resumed, open-ended or ending after `at`), oldest first. */
async function activePausesAmong(
  db: Kysely<Database>,
  leadIds: readonly string[],
  at: Date,
): Promise<Map<string, AutomationPause[]>> {
  const byLead = new Map<string, AutomationPause[]>();
  if (leadIds.length === 0) return byLead;
  const rows = await db
    .selectFrom('automation_pauses')
    .selectAll()
    .where('lead_id', 'in', [...new Set(leadIds)])
    .where('resumed_at', 'is', null)
    .where((where) => where.or([where('paused_until', 'is', null), where('paused_until', '>', at)]))
    .orderBy('created_at')
    .execute();
  for (const row of rows) {
    const pauses = byLead.get(row.lead_id) ?? [];
    pauses.push({
      leadId: row.lead_id,
      threadKey: row.thread_key,
      until: row.paused_until,
      reason: row.reason,
      replyId: row.reply_id,
      at: row.created_at,
    });
    byLead.set(row.lead_id, pauses);
  }
  return byLead;
}

/**
 * Kysely implementation of {@link ReplyEffectsStore} over `automation_pauses`, `lead_sales_stages`,
 * `lead_referrals` (migration 0010) and `domain_events`, and the send policy's {@link AutomationPauseReader}.
 * Every write is idempotent per reply.
 */
export function createReplyEffectsRepository(db: Kysely<Database>): ReplyEffectsStore & AutomationPauseReader {
  return {
    async pauseAutomation(pause) {
      await db
        .insertInto('automation_pauses')
        .values({
          lead_id: pause.leadId,
          thread_key: pause.threadKey,
          paused_until: pause.until,
          reason: pause.reason,
          reply_id: pause.replyId,
          created_at: pause.at,
          resumed_at: null,
          resumed_by: null,
        })
        .onConflict((conflict) => conflict.expression(sql`reply_id, lead_id, coalesce(thread_key, '')`).doNothing())
        .execute();
    },
    async activePauses(leadId, at): Promise<AutomationPause[]> {
      return (await activePausesAmong(db, [leadId], at)).get(leadId) ?? [];
    },
    activePausesAmong: (leadIds, at) => activePausesAmong(db, leadIds, at),
    async setSalesStage(input) {
      await db
        .insertInto('lead_sales_stages')
        .values({ lead_id: input.leadId, stage: input.stage, reason: input.reason, updated_at: input.at })
        .onConflict((conflict) =>
          conflict.column('lead_id').doUpdateSet({ stage: input.stage, reason: input.reason, updated_at: input.at }),
        )
        .execute();
    },
    async salesStageOf(leadId) {
      const row = await db
        .selectFrom('lead_sales_stages')
        .select('stage')
        .where('lead_id', '=', leadId)
        .executeTakeFirst();
      return row && isSalesStage(row.stage) ? row.stage : null;
    },
    async linkReferral(input) {
      await db
        .insertInto('lead_referrals')
        .values({
          lead_id: input.leadId,
          referrer_lead_id: input.referrerLeadId,
          reply_id: input.replyId,
          created_at: input.at,
        })
        .onConflict((conflict) => conflict.columns(['lead_id', 'referrer_lead_id']).doNothing())
        .execute();
    },
    async recordDomainEvent(type, payload, at) {
      return db.transaction().execute(async (transaction) => {
        // Serialise writers of the same reply's event so the existence check cannot race.
        await sql`SELECT pg_advisory_xact_lock(hashtext(${`${type}:${payload.replyId}`}))`.execute(transaction);
        const existing = await transaction
          .selectFrom('domain_events')
          .select('id')
          .where('type', '=', type)
          .where(sql<string>`payload->>'replyId'`, '=', payload.replyId)
          .executeTakeFirst();
        if (existing) return false;
        await transaction
          .insertInto('domain_events')
          .values({ type, payload: toJson(payload), at })
          .execute();
        return true;
      });
    },
  };
}
