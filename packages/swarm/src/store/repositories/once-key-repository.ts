import { sql, type Kysely } from 'kysely';
import type { OnceKeyStore } from '../../ports/once-key-store.js';
import type { Database } from '../schema.js';

/**
 * The SQL {@link OnceKeyStore} over `action_once_keys` (migration 0004). A claim is one
 * `INSERT … ON CONFLICT DO NOTHING`: the primary key decides the winner atomically, on PGlite and
 * on PostgreSQL alike, so two concurrent deliveries of the same click cannot both execute.
 */
export function createOnceKeyStore(db: Kysely<Database>): OnceKeyStore {
  return {
    async claim(key, claim) {
      const result = await sql`
        INSERT INTO action_once_keys (once_key, actor, claimed_at)
        VALUES (${key}, ${claim.actor}, ${claim.at.toISOString()}::timestamptz)
        ON CONFLICT (once_key) DO NOTHING`.execute(db);
      return Number(result.numAffectedRows ?? 0n) === 1;
    },
    async release(key) {
      await sql`DELETE FROM action_once_keys WHERE once_key = ${key}`.execute(db);
    },
    async claimedAmong(keys) {
      if (keys.length === 0) return new Set();
      const result = await sql<{ once_key: string }>`
        SELECT once_key FROM action_once_keys WHERE once_key = ANY(${[...keys]}::text[])`.execute(db);
      return new Set(result.rows.map((row) => row.once_key));
    },
  };
}
