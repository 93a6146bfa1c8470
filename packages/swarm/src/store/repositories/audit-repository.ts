import { sql, type Kysely, type Selectable } from 'kysely';
import type { AgentName } from '../../domain/agents.js';
import type { Evidence } from '../../domain/evidence.js';
import type { AuditEvent, AuditLog, AuditOutcome, AuditQuery } from '../../ports/audit-log.js';
import { chunked } from '../batching.js';
import type { AuditEventsTable, Database } from '../schema.js';
import { toJson } from '../schema.js';

/** Maps an `audit_events` row to an {@link AuditEvent} with its stored id (the bigint id becomes a number). */
export function auditEventFromRow(row: Selectable<AuditEventsTable>): AuditEvent & { id: number } {
  return {
    id: Number(row.id),
    at: row.at,
    agent: row.agent as AgentName,
    action: row.action,
    target: row.target,
    actor: row.actor,
    inputSummary: row.input_summary,
    outputSummary: row.output_summary,
    approvalStatus: row.approval_status,
    evidence: row.evidence as Evidence[],
    durationMs: row.duration_ms,
    outcome: row.outcome as AuditOutcome,
    reasonCode: row.reason_code,
    idempotencyKey: row.idempotency_key,
    runId: row.run_id,
  };
}

/** Kysely implementation of {@link AuditLog}. Newest first; the cursor is the last id seen. */
export function createAuditRepository(db: Kysely<Database>): AuditLog {
  return {
    async record(events: readonly AuditEvent[]): Promise<void> {
      for (const chunk of chunked(events)) {
        await db
          .insertInto('audit_events')
          .values(
            chunk.map((event) => ({
              at: event.at,
              agent: event.agent,
              action: event.action,
              target: event.target,
              actor: event.actor,
              input_summary: event.inputSummary,
              output_summary: event.outputSummary,
              approval_status: event.approvalStatus,
              evidence: toJson(event.evidence),
              duration_ms: Math.round(event.durationMs),
              outcome: event.outcome,
              reason_code: event.reasonCode,
              idempotency_key: event.idempotencyKey,
              run_id: event.runId,
            })),
          )
          .execute();
      }
    },

    async query(filter: AuditQuery) {
      let matching = db.selectFrom('audit_events');
      if (filter.agent) matching = matching.where('agent', '=', filter.agent.toUpperCase());
      if (filter.action) matching = matching.where('action', '=', filter.action);
      if (filter.since) matching = matching.where('at', '>=', filter.since);
      const { total } = await matching.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
      let query = matching.selectAll();
      if (filter.cursor) query = query.where('id', '<', Number.parseInt(filter.cursor, 10));
      const rows = await query
        .orderBy('id', 'desc')
        .limit(filter.limit + 1)
        .execute();
      const items = rows.slice(0, filter.limit).map(auditEventFromRow);
      const last = items.at(-1);
      return { items, total, nextCursor: rows.length > filter.limit && last ? String(last.id) : null };
    },
  };
}
