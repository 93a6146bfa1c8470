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
}

function toRecord(row: WebhookEventRow): WebhookEventRecord {
  const normalised = typeof row.normalised === 'string' ? (JSON.parse(row.normalised) as unknown) : row.normalised;
  return {
    id: row.id,
    source: row.source,
    providerEventId: row.provider_event_id,
    receivedAt: new Date(row.received_at),
    status: row.status as WebhookEventStatus,
    events: inboundEventSchema.array().parse(normalised),
    error: row.error,
  };
}

/**
 * The SQL {@link WebhookEventStore} over `webhook_events` (migration 0005). `recordOnce` is one
 * transaction: `INSERT … ON CONFLICT (source, provider_event_id) DO NOTHING`, then — only when a
 * row was inserted — the caller's enqueue joins the same transaction, so N deliveries of one event
 * give exactly one row and one job (specs/security.md WH-4), on PGlite and PostgreSQL alike.
 */
export function createWebhookEventStore(db: Kysely<Database>): WebhookEventStore {
  return {
    async recordOnce(record, afterInsert) {
      return db.transaction().execute(async (transaction) => {
        const result = await sql`
          INSERT INTO webhook_events (id, source, provider_event_id, received_at, status, normalised, error)
          VALUES (${record.id}, ${record.source}, ${record.providerEventId},
            ${record.receivedAt.toISOString()}::timestamptz, ${record.status},
            ${JSON.stringify(record.events)}::jsonb, ${record.error})
          ON CONFLICT (source, provider_event_id) DO NOTHING`.execute(transaction);
        const inserted = Number(result.numAffectedRows ?? 0n) === 1;
        if (inserted && afterInsert) await afterInsert(transaction as unknown as StoreTransaction);
        return inserted;
      });
    },
    async find(id) {
      const result = await sql<WebhookEventRow>`
        SELECT id, source, provider_event_id, received_at, status, normalised, error
        FROM webhook_events WHERE id = ${id}`.execute(db);
      const row = result.rows[0];
      return row ? toRecord(row) : undefined;
    },
    async markProcessed(id, at) {
      await sql`
        UPDATE webhook_events SET status = 'processed', processed_at = ${at.toISOString()}::timestamptz
        WHERE id = ${id} AND status = 'received'`.execute(db);
    },
    async purgeReceivedBefore(cutoff) {
      const result =
        await sql`DELETE FROM webhook_events WHERE received_at < ${cutoff.toISOString()}::timestamptz`.execute(db);
      return Number(result.numAffectedRows ?? 0n);
    },
  };
}
