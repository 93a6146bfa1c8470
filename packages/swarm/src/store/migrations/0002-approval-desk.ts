import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `CREATE TABLE approval_batches (
    id uuid PRIMARY KEY,
    filter jsonb NOT NULL,
    items jsonb NOT NULL,
    preview_hash text NOT NULL,
    status text NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    approved_by text, approved_at timestamptz,
    executed_by text, executed_at timestamptz,
    result jsonb
  )`,
  `CREATE TABLE draft_ratings (
    draft_id uuid NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    rater text NOT NULL,
    personalisation smallint NOT NULL CHECK (personalisation BETWEEN 1 AND 5),
    subject smallint NOT NULL CHECK (subject BETWEEN 1 AND 5),
    value smallint NOT NULL CHECK (value BETWEEN 1 AND 5),
    cta smallint NOT NULL CHECK (cta BETWEEN 1 AND 5),
    tone smallint NOT NULL CHECK (tone BETWEEN 1 AND 5),
    rated_at timestamptz NOT NULL,
    PRIMARY KEY (draft_id, rater)
  )`,
  `CREATE INDEX audit_events_target ON audit_events (target, at)`,
];

/**
 * Approval desk (issue 3): frozen-scope approval batches (SPEC §3.6) and Head-of-Sales draft ratings
 * (SPEC §18), plus an index for lead timelines read from the audit trail.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP INDEX IF EXISTS audit_events_target').execute(db);
  await sql.raw('DROP TABLE IF EXISTS draft_ratings, approval_batches').execute(db);
}
