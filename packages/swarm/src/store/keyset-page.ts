import { sql, type RawBuilder } from 'kysely';
import { decodeCursor, encodeCursor } from './cursor.js';

/**
 * The row-value condition `(created_at, id) > (cursor)` for keyset pagination ordered by
 * `created_at, id`; a single index-friendly comparison instead of an OR of two clauses.
 *
 * @throws CaioError `input_invalid` for a cursor we did not issue.
 */
export function afterCursor(cursor: string): RawBuilder<boolean> {
  const position = decodeCursor(cursor);
  return sql<boolean>`(created_at, id) > (${position.at}, ${position.id}::uuid)`;
}

/**
 * Turns `limit + 1` fetched rows into one page: the first `limit` items, and a cursor to the next page
 * only when the extra row shows there is one.
 */
export function toKeysetPage<Row, Item extends { id: string; createdAt: Date }>(
  rows: readonly Row[],
  limit: number,
  toItem: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const items = rows.slice(0, limit).map(toItem);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null };
}
