import { sql, type Kysely } from 'kysely';
import type { LeadTimelineEntry } from '../../ports/lead-status-store.js';
import type { Database } from '../schema.js';

/**
 * A lead's timeline (SPEC §4 "activity timeline per lead"), oldest first: its `lead_timeline` rows
 * (status changes, opens, replies…) merged with the audit events about the lead or one of its drafts
 * (pipeline, approval desk), so one query shows everything that happened to it. `leadId` must be a uuid.
 */
export async function leadTimeline(db: Kysely<Database>, leadId: string): Promise<LeadTimelineEntry[]> {
  const result = await sql<{ at: Date | string; kind: string; detail: string; source: string }>`
    SELECT at, kind, detail, source FROM (
      SELECT at, kind, detail, source, 0 AS origin, id FROM lead_timeline WHERE lead_id = ${leadId}::uuid
      UNION ALL
      SELECT at, 'audit' AS kind,
        action || ' ' || outcome || coalesce(': ' || output_summary, '') AS detail,
        agent AS source, 1 AS origin, id
      FROM audit_events
      WHERE target = ${`lead:${leadId}`}
        OR target IN (SELECT 'draft:' || id::text FROM drafts WHERE lead_id = ${leadId}::uuid)
    ) AS entries
    ORDER BY at, origin, id`.execute(db);
  return result.rows.map((row) => ({
    at: row.at instanceof Date ? row.at : new Date(row.at),
    kind: row.kind,
    detail: row.detail,
    source: row.source,
  }));
}
