import { sql, type Kysely } from 'kysely';
import type { PendingEnrichmentStore } from '../../ports/pending-enrichment-store.js';
import type { Database } from '../schema.js';

interface PendingEnrichmentRow {
  provider: string;
  correlation_id: string;
  lead_id: string;
  requested_at: Date | string;
}

/**
 * The SQL {@link PendingEnrichmentStore} over `pending_enrichments` (migration 0011). `record` is
 * `INSERT … ON CONFLICT DO NOTHING` (the first request wins); `complete` is one conditional
 * `UPDATE … WHERE completed_at IS NULL RETURNING`, so of concurrent or repeated callbacks exactly one
 * gets the row back (SPEC §3.2, specs/security.md WH-4), on PGlite and PostgreSQL alike. Takes any
 * Kysely handle, so a caller's transaction can claim and apply together.
 */
export function createPendingEnrichmentStore(db: Kysely<Database>): PendingEnrichmentStore {
  return {
    async record(pending) {
      await sql`
        INSERT INTO pending_enrichments (provider, correlation_id, lead_id, requested_at)
        VALUES (${pending.provider}, ${pending.correlationId}, ${pending.leadId},
          ${pending.requestedAt.toISOString()}::timestamptz)
        ON CONFLICT (provider, correlation_id) DO NOTHING`.execute(db);
    },
    async complete(provider, correlationId, at) {
      const result = await sql<PendingEnrichmentRow>`
        UPDATE pending_enrichments SET completed_at = ${at.toISOString()}::timestamptz
        WHERE provider = ${provider} AND correlation_id = ${correlationId} AND completed_at IS NULL
        RETURNING provider, correlation_id, lead_id, requested_at`.execute(db);
      const row = result.rows[0];
      if (!row) return undefined;
      return {
        provider: row.provider,
        correlationId: row.correlation_id,
        leadId: row.lead_id,
        requestedAt: new Date(row.requested_at),
      };
    },
  };
}
