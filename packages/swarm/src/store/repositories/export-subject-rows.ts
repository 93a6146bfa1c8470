import { sql, type Kysely } from 'kysely';
import type { SubjectRecords } from '../../ports/compliance-store.js';
import type { ComplianceDatabase } from './compliance-tables.js';
import { suppressionHash } from './suppression-repository.js';
import { findSubjectIds } from './subject-rows.js';

type Row = Record<string, unknown>;

/**
 * GDPR-1: every row held about the person with canonical address `emailKey`, grouped by table —
 * leads, enrichment history, scores, drafts, ratings, approvals, outbox messages, rejection memory,
 * replies, automation pauses, sales stages, referrals, scheduling conversations,
 * audit events whose target names them, opt-out events, person-keyed cache entries, and the
 * suppression entry as its salted hash only.
 */
export async function exportSubjectRows(
  db: Kysely<ComplianceDatabase>,
  salt: string,
  emailKey: string,
): Promise<SubjectRecords> {
  const ids = await findSubjectIds(db, emailKey);
  const byLead = async (
    table: 'enrichment_results' | 'scores' | 'drafts' | 'approvals' | 'outbox' | 'rejection_memory',
  ) =>
    ids.leadIds.length === 0
      ? []
      : ((await db.selectFrom(table).selectAll().where('lead_id', 'in', ids.leadIds).execute()) as Row[]);
  const hash = suppressionHash(salt, emailKey);
  const lowerTargets = ids.auditTargets.map((target) => target.toLowerCase());
  return {
    leads: (await db.selectFrom('leads').selectAll().where('email_key', '=', emailKey).execute()) as Row[],
    enrichment_results: await byLead('enrichment_results'),
    scores: await byLead('scores'),
    drafts: await byLead('drafts'),
    draft_ratings:
      ids.draftIds.length === 0
        ? []
        : ((await db.selectFrom('draft_ratings').selectAll().where('draft_id', 'in', ids.draftIds).execute()) as Row[]),
    approvals: await byLead('approvals'),
    outbox: await byLead('outbox'),
    rejection_memory: await byLead('rejection_memory'),
    ...(await repliesAndSchedulingOf(db as Kysely<unknown>, ids.leadIds)),
    audit_events: (await db
      .selectFrom('audit_events')
      .selectAll()
      .where(sql<string>`lower(target)`, 'in', lowerTargets)
      .orderBy('at')
      .execute()) as Row[],
    domain_events: (await db
      .selectFrom('domain_events')
      .selectAll()
      .where(sql<string>`lower(payload->>'address')`, '=', emailKey)
      .orderBy('at')
      .execute()) as Row[],
    enrichment_cache: (await db
      .selectFrom('enrichment_cache')
      .selectAll()
      .where('key', 'in', [
        `person:email:${emailKey}`,
        ...ids.needles.map((needle) => `person:linkedin:${needle.toLowerCase()}`),
      ])
      .execute()) as Row[],
    suppression_entries: (await db
      .selectFrom('suppression_entries')
      .select(['email_hash', 'reason', 'source', 'created_at'])
      .where('email_hash', '=', hash)
      .execute()) as Row[],
  };
}

/** Replies, automation pauses, sales stages, referrals and scheduling conversations of the leads (issues 6, 7). */
async function repliesAndSchedulingOf(db: Kysely<unknown>, leadIds: readonly string[]): Promise<SubjectRecords> {
  const tables = [
    'inbound_replies',
    'automation_pauses',
    'lead_sales_stages',
    'lead_referrals',
    'scheduling_conversations',
    'scheduling_outcomes',
  ];
  const records: SubjectRecords = {};
  for (const table of tables) {
    records[table] =
      leadIds.length === 0
        ? []
        : (
            await sql<
              Record<string, unknown>
            >`SELECT * FROM ${sql.table(table)} WHERE lead_id::text IN (${sql.join(leadIds)})`.execute(db)
          ).rows;
  }
  return records;
}
