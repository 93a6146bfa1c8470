import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS scheduling_reply_dispatches (
    reply_id text PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('request', 'answer')),
    status text NOT NULL CHECK (status IN ('claimed', 'done', 'failed', 'superseded')),
    attempts integer NOT NULL DEFAULT 1,
    first_claimed_at timestamptz NOT NULL,
    claimed_at timestamptz NOT NULL,
    outcome text,
    conversation_id text,
    error text,
    finished_at timestamptz
  )`,
  `CREATE INDEX IF NOT EXISTS scheduling_reply_dispatches_open ON scheduling_reply_dispatches (status)
    WHERE status IN ('claimed', 'failed')`,
  // The dispatcher and reply routing look scheduling events up by reply id.
  `CREATE INDEX IF NOT EXISTS domain_events_scheduling_reply ON domain_events ((payload->>'replyId'))
    WHERE type = 'scheduling-requested'`,
  `CREATE TABLE IF NOT EXISTS scheduling_host_rotation (
    pool text PRIMARY KEY,
    last_host_id text,
    assignments jsonb NOT NULL,
    updated_at timestamptz NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS scheduling_host_assignments (
    request_key text PRIMARY KEY,
    pool text NOT NULL,
    host_id text NOT NULL,
    assigned_at timestamptz NOT NULL
  )`,
];

/**
 * SCHEDULER's runtime bookkeeping (issue 7): `scheduling_reply_dispatches` records, per inbound reply, that
 * the scheduling dispatcher consumed it (a `scheduling-requested` event started or fed a conversation, or a
 * reply in a thread with a conversation awaiting a reply was handed to it) — the exactly-once ledger of the
 * consumer; `scheduling_host_rotation` is the durable round-robin state (SPEC §7) and
 * `scheduling_host_assignments` the host given to each request key, so a replayed request gets the same host
 * without advancing the rotation twice. `IF NOT EXISTS` keeps `up` safe for tests that apply it by hand.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE IF EXISTS scheduling_host_assignments').execute(db);
  await sql.raw('DROP TABLE IF EXISTS scheduling_host_rotation').execute(db);
  await sql.raw('DROP TABLE IF EXISTS scheduling_reply_dispatches').execute(db);
  await sql.raw('DROP INDEX IF EXISTS domain_events_scheduling_reply').execute(db);
}
