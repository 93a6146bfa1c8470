import { sql, type Kysely } from 'kysely';
import { inboundEventSchema } from '../../domain/inbound-event.js';
import type { StoreTransaction } from '../../ports/job-queue.js';
import type { WebhookEventRecord, WebhookEventStatus, WebhookEventStore } from '../../ports/webhook-event-store.js';
import type { Database } from '../schema.js';

interface WebhookEventRow {
  id: string;
  source: string;
  provider_event_id: string;
  received_at: Date | string;
  status: string;
  normalised: unknown;
  error: string | null;
  enrichment_result: unknown;
}

function enrichmentResultJson(record: WebhookEventRecord): string | null {
  return record.enrichmentResult ? JSON.stringify(record.enrichmentResult) : null;
}

function keyOf(record: WebhookEventRecord): string {
  return `${record.source}\u0000${record.providerEventId}`;
}

function toRecord(row: WebhookEventRow): WebhookEventRecord {
  const normalised = typeof row.normalised === 'string' ? (JSON.parse(row.normalised) as unknown) : row.normalised;
  const enrichmentResult = (
    typeof row.enrichment_result === 'string' ? JSON.parse(row.enrichment_result) : row.enrichment_result
  ) as Record<string, unknown> | null;
  return {
    id: row.id,
    source: row.source,
    providerEventId: row.provider_event_id,
    receivedAt: new Date(row.received_at),
    status: row.status as WebhookEventStatus,
    events: inboundEventSchema.array().parse(normalised),
    error: row.error,
    ...(enrichmentResult ? { enrichmentResult } : {}),
  };
}

/**
 * The SQL {@link WebhookEventStore} over `webhook_events` (migration 0005). `recordOnce` is one
 * transaction: `INSERT … ON CONFLICT (source, provider_event_id) DO NOTHING`, then — only when a
 * row was inserted — the caller's enqueue joins the same transaction, so N deliveries of one event
 * give exactly one row and one job (specs/security.md WH-4), on PGlite and PostgreSQL alike.
 * `recordManyOnce` does the same for a whole batch in one transaction with one multi-row insert
 * (group commit: the webhook routes' throughput on PGlite's single connection).
 */
export function createWebhookEventStore(db: Kysely<Database>): WebhookEventStore {
  return {
    async recordOnce(record, afterInsert) {
      return db.transaction().execute(async (transaction) => {
        const result = await sql`
          INSERT INTO webhook_events
            (id, source, provider_event_id, received_at, status, normalised, error, enrichment_result)
          VALUES (${record.id}, ${record.source}, ${record.providerEventId},
            ${record.receivedAt.toISOString()}::timestamptz, ${record.status},
            ${JSON.stringify(record.events)}::jsonb, ${record.error}, ${enrichmentResultJson(record)}::jsonb)
          ON CONFLICT (source, provider_event_id) DO NOTHING`.execute(transaction);
        const inserted = Number(result.numAffectedRows ?? 0n) === 1;
        if (inserted && afterInsert) await afterInsert(transaction as unknown as StoreTransaction);
        return inserted;
      });
    },
    async recordManyOnce(records, afterInsert) {
      if (records.length === 0) return [];
      // Repeats inside the batch are duplicates of their first occurrence, decided before SQL.
      const firstByKey = new Map<string, WebhookEventRecord>();
      for (const record of records) {
        if (!firstByKey.has(keyOf(record))) firstByKey.set(keyOf(record), record);
      }
      const candidates = [...firstByKey.values()];
      return db.transaction().execute(async (transaction) => {
        const rows = sql.join(
          candidates.map(
            (record) => sql`(${record.id}, ${record.source}, ${record.providerEventId},
              ${record.receivedAt.toISOString()}::timestamptz, ${record.status},
              ${JSON.stringify(record.events)}::jsonb, ${record.error}, ${enrichmentResultJson(record)}::jsonb)`,
          ),
        );
        const result = await sql<{ id: string }>`
          INSERT INTO webhook_events
            (id, source, provider_event_id, received_at, status, normalised, error, enrichment_result)
          VALUES ${rows}
          ON CONFLICT (source, provider_event_id) DO NOTHING
          RETURNING id`.execute(transaction);
        const insertedIds = new Set(result.rows.map((row) => row.id));
        const inserted = candidates.filter((record) => insertedIds.has(record.id));
        if (inserted.length > 0 && afterInsert) {
          await afterInsert(inserted, transaction as unknown as StoreTransaction);
        }
        return records.map((record) => insertedIds.has(record.id) && firstByKey.get(keyOf(record)) === record);
      });
    },
    async find(id) {
      const result = await sql<WebhookEventRow>`
        SELECT id, source, provider_event_id, received_at, status, normalised, error, enrichment_result
        FROM webhook_events WHERE id = ${id}`.execute(db);
      const row = result.rows[0];
      return row ? toRecord(row) : undefined;
    },
    async markProcessed(id, at) {
      await sql`
        UPDATE webhook_events SET status = 'processed', processed_at = ${at.toISOString()}::timestamptz
        WHERE id = ${id} AND status = 'received'`.execute(db);
    },
    async markFailed(id, reason, at) {
      await sql`
        UPDATE webhook_events SET status = 'error', error = ${reason}, processed_at = ${at.toISOString()}::timestamptz
        WHERE id = ${id} AND status = 'received'`.execute(db);
    },
    async purgeReceivedBefore(cutoff) {
      const result =
        await sql`DELETE FROM webhook_events WHERE received_at < ${cutoff.toISOString()}::timestamptz`.execute(db);
      return Number(result.numAffectedRows ?? 0n);
    },
  };
}
