import { sql, type Kysely } from 'kysely';

const statements: readonly string[] = [
  `ALTER TABLE outbox ADD COLUMN recipient_time_zone text`,
  `ALTER TABLE outbox ADD COLUMN recipient_country text`,
  `ALTER TABLE outbox ADD COLUMN recipient_region text`,
  `ALTER TABLE outbox ADD COLUMN recipient_locale_source text`,
];

/**
 * The recipient's zone and region the send window used (SPEC §3.7 "zone and region derived from
 * city/state/country with a maintained dataset and stored with their source"), written with the
 * `sending` mark so every message records which local clock and holiday calendar it was sent under.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['recipient_locale_source', 'recipient_region', 'recipient_country', 'recipient_time_zone']) {
    await sql.raw(`ALTER TABLE outbox DROP COLUMN IF EXISTS ${column}`).execute(db);
  }
}
