import { sql, type Kysely } from 'kysely';
import type {
  ExclusionEntry,
  ExclusionKind,
  ExclusionListSnapshot,
  ExclusionListStore,
  StoredExclusionEntry,
} from '../../ports/exclusion-list-store.js';
import { chunked } from '../batching.js';
import type { ExclusionDatabase } from './exclusion-tables.js';

const entryKey = (entry: Pick<ExclusionEntry, 'kind' | 'value'>) => `${entry.kind}\u0000${entry.value}`;

/**
 * Kysely implementation of {@link ExclusionListStore} over `exclusion_entries` (migration 0009). Inserts
 * are multi-row `ON CONFLICT DO NOTHING` (500 rows per statement), so importing a list twice adds nothing
 * and reports every row as a duplicate. Values are stored as given: callers normalise them.
 */
export function createExclusionRepository(db: Kysely<ExclusionDatabase>): ExclusionListStore {
  return {
    async addMany(entries) {
      const insertedKeys = new Set<string>();
      const unique = [...new Map(entries.map((entry) => [entryKey(entry), entry])).values()];
      for (const chunk of chunked(unique)) {
        if (chunk.length === 0) continue;
        const rows = await db
          .insertInto('exclusion_entries')
          .values(
            chunk.map((entry) => ({ kind: entry.kind, value: entry.value, source: entry.source, note: entry.note })),
          )
          .onConflict((conflict) =>
            conflict
              .columns(['kind', 'value'])
              .where(sql<boolean>`value <> '[erased]'`)
              .doNothing(),
          )
          .returning(['kind', 'value'])
          .execute();
        for (const row of rows) insertedKeys.add(entryKey({ kind: row.kind as ExclusionKind, value: row.value }));
      }
      const added: ExclusionEntry[] = [];
      const duplicates: ExclusionEntry[] = [];
      for (const entry of entries) {
        const key = entryKey(entry);
        // The first occurrence in this batch takes the insert; repeats within the batch are duplicates.
        if (insertedKeys.delete(key)) added.push(entry);
        else duplicates.push(entry);
      }
      return { added, duplicates };
    },

    async loadLists(): Promise<ExclusionListSnapshot> {
      const rows = await db.selectFrom('exclusion_entries').select(['kind', 'value']).orderBy('id').execute();
      const lists: ExclusionListSnapshot = { customerDomains: [], competitorDomains: [], emails: [] };
      for (const row of rows) {
        if (row.kind === 'customer_domain') lists.customerDomains.push(row.value);
        else if (row.kind === 'competitor_domain') lists.competitorDomains.push(row.value);
        else if (row.kind === 'email') lists.emails.push(row.value);
      }
      return lists;
    },

    async list(filter = {}): Promise<StoredExclusionEntry[]> {
      let query = db.selectFrom('exclusion_entries').selectAll();
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      const rows = await query
        .orderBy('id')
        .limit(filter.limit ?? 1000)
        .execute();
      return rows.map((row) => ({
        id: String(row.id),
        kind: row.kind as ExclusionKind,
        value: row.value,
        source: row.source,
        note: row.note,
        createdAt: row.created_at,
      }));
    },

    async remove(kind, value) {
      const result = await db
        .deleteFrom('exclusion_entries')
        .where('kind', '=', kind)
        .where('value', '=', value)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
