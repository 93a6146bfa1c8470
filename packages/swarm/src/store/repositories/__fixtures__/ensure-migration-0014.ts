import { sql, type Kysely } from 'kysely';
import { up } from '../../migrations/0014-scheduling.js';

/** Runs migration 0014 in the current schema unless `migrateToLatest` already did (until it is registered). */
export async function ensureMigration0014(db: Kysely<unknown>): Promise<void> {
  const found = await sql<{ present: boolean }>`
    SELECT to_regclass(current_schema() || '.scheduling_conversations') IS NOT NULL AS present`.execute(db);
  if (!found.rows[0]?.present) await up(db);
}
