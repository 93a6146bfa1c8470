import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `CREATE TABLE pending_enrichments (
    provider text NOT NULL,
    correlation_id text NOT NULL,
    lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    requested_at timestamptz NOT NULL,
    completed_at timestamptz,
    PRIMARY KEY (provider, correlation_id)
  )`,
  `CREATE INDEX pending_enrichments_lead ON pending_enrichments (lead_id)`,
  // The verified Clay enrichment callback, kept on its delivery row for the job that applies it.
  `ALTER TABLE webhook_events ADD COLUMN enrichment_result jsonb`,
];

/**
 * Asynchronous enrichments waiting for their result (SPEC §3.2: Clay calls back, correlated by a
 * hash of the LinkedIn URL). The primary key `(provider, correlation_id)` makes recording idempotent
 * and `UPDATE … WHERE completed_at IS NULL RETURNING` the exactly-once claim (WH-4). Also adds
 * `webhook_events.enrichment_result`: a Clay `enrichment_result` callback is stored there (not in
 * `normalised`, which holds only SPEC §4 events) and purged with its row after 30 days (PII-5).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE webhook_events DROP COLUMN IF EXISTS enrichment_result').execute(db);
  await sql.raw('DROP TABLE IF EXISTS pending_enrichments').execute(db);
}
