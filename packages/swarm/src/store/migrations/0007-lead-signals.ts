import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `CREATE TABLE lead_timeline (
    id bigserial PRIMARY KEY,
    lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    at timestamptz NOT NULL,
    kind text NOT NULL,
    detail text NOT NULL,
    source text NOT NULL,
    from_status text,
    to_status text
  )`,
  `CREATE INDEX lead_timeline_lead_at ON lead_timeline (lead_id, at)`,
  `CREATE TABLE funnel_counters (
    stage text PRIMARY KEY,
    count bigint NOT NULL DEFAULT 0
  )`,
  `INSERT INTO funnel_counters (stage, count) VALUES
    ('pipeline', 0), ('outreach', 0), ('engaged', 0), ('at_risk', 0), ('terminal', 0)`,
];

/**
 * Lead signals (issue 6 "Inbound II", SPEC §4): `lead_timeline` holds each lead's status changes
 * and activity (opens, replies, touches) oldest first; `funnel_counters` holds one row per funnel
 * stage, moved incrementally by every status transition so the funnel never scans all leads. The
 * counters start at 0: call `recountFunnel()` once after migrating a database that has leads.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE IF EXISTS funnel_counters').execute(db);
  await sql.raw('DROP TABLE IF EXISTS lead_timeline').execute(db);
}
