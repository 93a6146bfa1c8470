import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `CREATE TABLE dsar_requests (
    id uuid PRIMARY KEY,
    kind text NOT NULL,
    subject_hash text NOT NULL,
    channel text NOT NULL,
    requested_by text NOT NULL,
    received_at timestamptz NOT NULL,
    completed_at timestamptz,
    outcome text,
    vendor_propagation jsonb NOT NULL DEFAULT '[]'
  )`,
  `CREATE INDEX dsar_requests_received_at ON dsar_requests (received_at)`,
  `CREATE INDEX suppression_entries_email_key ON suppression_entries (email_key)`,
];

/**
 * Compliance (issue 4, specs/security.md GDPR-4): one row per data-subject request with its received
 * and completed timestamps. The subject is stored only as the salted suppression hash, so the log
 * itself holds no plaintext PII after an erasure (GDPR-2).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP INDEX IF EXISTS suppression_entries_email_key').execute(db);
  await sql.raw('DROP TABLE IF EXISTS dsar_requests').execute(db);
}
