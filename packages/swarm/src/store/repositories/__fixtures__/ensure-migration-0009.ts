import { sql, type Kysely } from 'kysely';
import { up } from '../../migrations/0009-exclusions-reputation.js';

/**
 * Runs migration 0009 in the current schema unless `migrateToLatest` already did (until it is
 * registered in `store/migrate.ts`, `freshSchema()` stops at 0008).
 */
export async function ensureMigration0009(db: Kysely<unknown>): Promise<void> {
  const found = await sql<{ present: boolean }>`
    SELECT to_regclass(current_schema() || '.exclusion_entries') IS NOT NULL AS present`.execute(db);
  if (!found.rows[0]?.present) await up(db);
}
