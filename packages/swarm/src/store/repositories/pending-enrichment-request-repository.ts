import { sql, type Kysely } from 'kysely';
import type { PendingEnrichmentRequestStore } from '../../ports/pending-enrichment-request-store.js';
import type { Database } from '../schema.js';
import { createPendingEnrichmentStore } from './pending-enrichment-repository.js';

/**
 * The SQL {@link PendingEnrichmentRequestStore} over `pending_enrichments` (migration 0011):
 * `recordIfAbsent` is `INSERT … ON CONFLICT DO NOTHING RETURNING`, so exactly one caller learns it
 * created the row; `withdraw` deletes only a row with `completed_at IS NULL`, so a completed
 * enrichment is never forgotten.
 */
export function createPendingEnrichmentRequestStore(db: Kysely<Database>): PendingEnrichmentRequestStore {
  return {
    ...createPendingEnrichmentStore(db),
    async recordIfAbsent(pending) {
      const result = await sql<{ correlation_id: string }>`
        INSERT INTO pending_enrichments (provider, correlation_id, lead_id, requested_at)
        VALUES (${pending.provider}, ${pending.correlationId}, ${pending.leadId},
          ${pending.requestedAt.toISOString()}::timestamptz)
        ON CONFLICT (provider, correlation_id) DO NOTHING
        RETURNING correlation_id`.execute(db);
      return result.rows.length === 1;
    },
    async withdraw(provider, correlationId) {
      await sql`
        DELETE FROM pending_enrichments
        WHERE provider = ${provider} AND correlation_id = ${correlationId} AND completed_at IS NULL`.execute(db);
    },
  };
}
