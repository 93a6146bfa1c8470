import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `CREATE TABLE webhook_events (
    id text PRIMARY KEY,
    source text NOT NULL,
    provider_event_id text NOT NULL,
    received_at timestamptz NOT NULL,
    status text NOT NULL,
    normalised jsonb NOT NULL,
    error text,
    processed_at timestamptz,
    CONSTRAINT webhook_events_source_event UNIQUE (source, provider_event_id)
  )`,
  `CREATE INDEX webhook_events_received_at ON webhook_events (received_at)`,
];

/**
 * Inbound webhook deliveries (SPEC §4, specs/security.md WH-4): one row per vendor event. The unique
 * `(source, provider_event_id)` makes `INSERT … ON CONFLICT DO NOTHING` the dedupe, kept well over
 * 72 h (rows live 30 days, then the retention purge removes them — PII-5).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE IF EXISTS webhook_events').execute(db);
}
