import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `ALTER TABLE outbox ADD COLUMN platform text`,
  `ALTER TABLE outbox ADD COLUMN attempts integer NOT NULL DEFAULT 0`,
  `ALTER TABLE outbox ADD COLUMN claimed_at timestamptz`,
  `ALTER TABLE outbox ADD COLUMN sending_at timestamptz`,
  `ALTER TABLE outbox ADD COLUMN sent_at timestamptz`,
  `ALTER TABLE outbox ADD COLUMN reason_code text`,
  `ALTER TABLE outbox ADD COLUMN reason text`,
  `ALTER TABLE outbox ADD COLUMN not_before timestamptz`,
  `CREATE INDEX outbox_status ON outbox (status)`,
  `CREATE INDEX outbox_recipient_key ON outbox (lower(recipient))`,
  `CREATE TABLE dead_send_jobs (
    id bigserial PRIMARY KEY,
    job_id text NOT NULL UNIQUE,
    outbox_id uuid,
    payload jsonb NOT NULL,
    reason text NOT NULL,
    recorded_at timestamptz NOT NULL
  )`,
];

/**
 * Delivery state on the outbox (issue 4 "Outbound"): the send worker's at-most-once state machine
 * `queued → claimed → sending → sent | failed | uncertain` (and `claimed → queued | refused`), the
 * platform that sent it, attempts, when each step happened, and the last refusal or failure reason
 * (`caio why`). `dead_send_jobs` keeps every send job that exhausted its retries, with the reason.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE IF EXISTS dead_send_jobs').execute(db);
  await sql.raw('DROP INDEX IF EXISTS outbox_recipient_key').execute(db);
  await sql.raw('DROP INDEX IF EXISTS outbox_status').execute(db);
  for (const column of [
    'not_before',
    'reason',
    'reason_code',
    'sent_at',
    'sending_at',
    'claimed_at',
    'attempts',
    'platform',
  ]) {
    await sql.raw(`ALTER TABLE outbox DROP COLUMN IF EXISTS ${column}`).execute(db);
  }
}
