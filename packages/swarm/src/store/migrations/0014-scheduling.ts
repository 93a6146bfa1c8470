import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `CREATE TABLE scheduling_conversations (
    id text PRIMARY KEY,
    lead_id text NOT NULL,
    lead_email text NOT NULL,
    host_id text NOT NULL,
    thread_key text NOT NULL,
    prospect_timezone text NOT NULL,
    timezone_confirmed boolean NOT NULL,
    duration_minutes integer NOT NULL CHECK (duration_minutes > 0),
    status text NOT NULL CHECK (status IN ('awaiting-reply', 'booked', 'cancelled', 'escalated')),
    exchange_count integer NOT NULL DEFAULT 0,
    proposals jsonb NOT NULL,
    outside_preferred_streak integer NOT NULL DEFAULT 0,
    history jsonb NOT NULL,
    booking_id text,
    meeting_start timestamptz,
    escalation_reason text,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
  )`,
  `CREATE INDEX scheduling_conversations_lead ON scheduling_conversations (lead_id, created_at DESC)`,
  `CREATE INDEX scheduling_conversations_meeting ON scheduling_conversations (meeting_start) WHERE booking_id IS NOT NULL`,
  `CREATE TABLE scheduling_outcomes (
    id bigserial PRIMARY KEY,
    conversation_id text NOT NULL,
    lead_id text NOT NULL,
    exchanges_to_book integer NOT NULL,
    accepted_start timestamptz NOT NULL,
    prospect_weekday text NOT NULL,
    prospect_time text NOT NULL,
    at timestamptz NOT NULL
  )`,
];

/**
 * SCHEDULER's conversations (SPEC §7, specs/scheduling.md §6.6/§6.9): one row per lead thread with the
 * host, the exact proposal instants (jsonb array of ISO-8601 UTC strings, display order), the exchange
 * count, status and history; `scheduling_outcomes` holds the learning observations (exchanges-to-book,
 * accepted slot times). `meeting-booked` / `meeting-cancelled` go to the foundation's `domain_events`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE IF EXISTS scheduling_outcomes').execute(db);
  await sql.raw('DROP TABLE IF EXISTS scheduling_conversations').execute(db);
}
