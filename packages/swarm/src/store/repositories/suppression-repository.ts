import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SuppressionRepository } from '../../ports/pipeline-store.js';
import { chunked } from '../batching.js';
import type { Database } from '../schema.js';

/** Salted SHA-256 of a canonical email: what the suppression list matches on (GDPR-2 keeps only this). */
export function suppressionHash(salt: string, emailKey: string): string {
  return createHash('sha256').update(`${salt}:${emailKey.trim().toLowerCase()}`).digest('hex');
}

/**
 * Kysely implementation of {@link SuppressionRepository}. Lookups go by salted hash so an erased
 * person (plaintext removed) is still never contacted again.
 */
export function createSuppressionRepository(db: Kysely<Database>, salt: string): SuppressionRepository {
  return {
    async suppressedAmong(emailKeys: readonly string[]): Promise<Set<string>> {
      const byHash = new Map(emailKeys.map((key) => [suppressionHash(salt, key), key]));
      const found = new Set<string>();
      for (const chunk of chunked([...byHash.keys()], 5000)) {
        if (chunk.length === 0) continue;
        const rows = await db
          .selectFrom('suppression_entries')
          .select('email_hash')
          .where('email_hash', 'in', chunk)
          .execute();
        for (const row of rows) {
          const key = byHash.get(row.email_hash);
          if (key) found.add(key);
        }
      }
      return found;
    },

    async add(entry: { emailKey: string; reason: string; source: string }): Promise<void> {
      await db
        .insertInto('suppression_entries')
        .values({
          email_key: entry.emailKey.trim().toLowerCase(),
          email_hash: suppressionHash(salt, entry.emailKey),
          reason: entry.reason,
          source: entry.source,
        })
        .onConflict((conflict) => conflict.column('email_hash').doNothing())
        .execute();
    },
  };
}
