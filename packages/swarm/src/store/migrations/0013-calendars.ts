import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `CREATE TABLE calendar_events (
    host_id text NOT NULL,
    id text NOT NULL DEFAULT gen_random_uuid()::text,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    title text NOT NULL DEFAULT '',
    status text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'tentative', 'cancelled')),
    transparency text NOT NULL DEFAULT 'opaque' CHECK (transparency IN ('opaque', 'transparent')),
    details jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (host_id, id),
    CHECK (ends_at > starts_at)
  )`,
  `CREATE INDEX calendar_events_host_range ON calendar_events (host_id, starts_at, ends_at)`,
  `CREATE TABLE booking_records (
    idempotency_key text PRIMARY KEY,
    booking_id text NOT NULL,
    host_id text NOT NULL,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    attempt_id text NOT NULL,
    booked_at timestamptz NOT NULL,
    conflict_detected boolean NOT NULL DEFAULT false
  )`,
  `CREATE INDEX booking_records_host_range ON booking_records (host_id, starts_at, ends_at)`,
];

/**
 * Calendars and the booking guard's idempotency records (SPEC §7, specs/scheduling.md §6.7):
 * - `calendar_events`: the embedded calendar, one row per host event; `(host_id, id)` is the primary key,
 *   so a retried create with the deterministic id inserts nothing (§6.7 step 5, conditional create);
 * - `booking_records`: idempotency key → confirmed booking (§6.7 step 2); a second write for a key keeps
 *   the first row.
 * Range indexes serve the busy queries `starts_at < to AND ends_at > from` per host.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE IF EXISTS booking_records').execute(db);
  await sql.raw('DROP TABLE IF EXISTS calendar_events').execute(db);
}
