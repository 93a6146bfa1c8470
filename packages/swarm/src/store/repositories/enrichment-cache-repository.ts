import type { Kysely } from 'kysely';
import type { Clock } from '../../ports/clock.js';
import type { EnrichmentCache } from '../../ports/enrichment-cache.js';
import { chunked } from '../batching.js';
import type { Database } from '../schema.js';
import { toJson } from '../schema.js';

/**
 * A persistent {@link EnrichmentCache} (SPEC §3.2 TTLs: company 7 days, person 30 days) so paid
 * vendor answers survive restarts. Expired rows read as misses.
 */
export function createSqlEnrichmentCache(db: Kysely<Database>, clock: Clock): EnrichmentCache {
  return {
    async get(key) {
      const row = await db
        .selectFrom('enrichment_cache')
        .select('value')
        .where('key', '=', key)
        .where('expires_at', '>', clock.now())
        .executeTakeFirst();
      return row?.value;
    },
    async getMany(keys) {
      const found = new Map<string, unknown>();
      for (const chunk of chunked(keys, 5000)) {
        if (chunk.length === 0) continue;
        const rows = await db
          .selectFrom('enrichment_cache')
          .select(['key', 'value'])
          .where('key', 'in', chunk)
          .where('expires_at', '>', clock.now())
          .execute();
        for (const row of rows) found.set(row.key, row.value);
      }
      return found;
    },
    async set(key, value, ttlMs) {
      const expiresAt = new Date(clock.now().getTime() + ttlMs);
      await db
        .insertInto('enrichment_cache')
        .values({ key, value: toJson(value), expires_at: expiresAt })
        .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: toJson(value), expires_at: expiresAt }))
        .execute();
    },
  };
}

/** Deletes expired cache rows; returns how many. */
export async function purgeExpiredEnrichmentCache(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db.deleteFrom('enrichment_cache').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows ?? 0n);
}
