import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `CREATE TABLE exclusion_entries (
    id bigserial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('customer_domain', 'competitor_domain', 'email')),
    value text NOT NULL,
    source text NOT NULL,
    note text,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  // Partial, so that GDPR-2's scrub (which rewrites erased addresses to '[erased]') can never collide.
  `CREATE UNIQUE INDEX exclusion_entries_kind_value ON exclusion_entries (kind, value) WHERE value <> '[erased]'`,
  `CREATE TABLE reputation_pauses (
    id bigserial PRIMARY KEY,
    sending_domain text NOT NULL,
    reason text NOT NULL,
    sent integer NOT NULL,
    bounced integer NOT NULL,
    complained integer NOT NULL,
    paused_at timestamptz NOT NULL,
    resumed_at timestamptz,
    resumed_by text
  )`,
  `CREATE UNIQUE INDEX reputation_pauses_open ON reputation_pauses (sending_domain) WHERE resumed_at IS NULL`,
  `CREATE INDEX reputation_pauses_domain ON reputation_pauses (sending_domain, paused_at)`,
  // Not partial on status = 'sent': without statistics the planner would bitmap-scan such an index whole
  // for every lead in the bounce attribution join (measured: 1.4 s instead of milliseconds on 20k rows).
  `CREATE INDEX outbox_sending_domain_sent_at ON outbox (lower(split_part(mailbox, '@', 2)), sent_at)`,
  `CREATE INDEX lead_timeline_kind_at ON lead_timeline (kind, at)`,
];

/**
 * Exclusion lists and reputation breakers (SPEC §3.7, specs/security.md EM-6):
 * - `exclusion_entries`: customer and competitor domains and single addresses that are never contacted,
 *   one row per `(kind, value)`, with where it came from (`import:<file>`, `cli`) and a note;
 * - `reputation_pauses`: a sending domain paused by the EM-6 breaker, with the counts that tripped it;
 *   open (paused) while `resumed_at` is null — at most one open pause per domain — until a human
 *   resumes it;
 * - indexes for the breaker's rolling counts over sent messages and bounce/complaint timeline entries.
 * Needs 0007 (`lead_timeline`) and 0008 (`outbox.sent_at`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP INDEX IF EXISTS lead_timeline_kind_at').execute(db);
  await sql.raw('DROP INDEX IF EXISTS outbox_sending_domain_sent_at').execute(db);
  await sql.raw('DROP TABLE IF EXISTS reputation_pauses').execute(db);
  await sql.raw('DROP TABLE IF EXISTS exclusion_entries').execute(db);
}
