import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `CREATE TABLE action_once_keys (
    once_key text PRIMARY KEY,
    actor text NOT NULL,
    claimed_at timestamptz NOT NULL
  )`,
  `CREATE INDEX action_once_keys_claimed_at ON action_once_keys (claimed_at)`,
];

/**
 * Once-keys (issue 3, specs/security.md WH-9): one row per executed Slack approval click
 * (`slack-approval:<id>`) and per sent escalation level (`escalation:<approvalId>:<level>`). The
 * primary key makes `INSERT … ON CONFLICT DO NOTHING` an atomic claim, so a replayed click or a
 * second escalation run does nothing, even across restarts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE IF EXISTS action_once_keys').execute(db);
}
