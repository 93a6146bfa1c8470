import { sql, type Kysely } from 'kysely';

/** What replaces an erased value in free text (GDPR-2). */
export const erasureMarker = '[erased]';

/** Tables never scrubbed: migration bookkeeping and the DSAR log (which holds hashes only). */
const skippedTables: ReadonlySet<string> = new Set(['kysely_migration', 'kysely_migration_lock', 'dsar_requests']);

function escapeRegularExpression(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * GDPR-2's safety net: for every text, varchar and jsonb column of every table in the current
 * schema (read from `information_schema.columns`, so tables added by later migrations are covered),
 * replaces each case-insensitive occurrence of a needle with {@link erasureMarker}. Needles holding a
 * double quote or backslash are skipped in jsonb columns (replacing them could break the JSON).
 * Returns the number of rows changed per table.
 */
export async function scrubTextColumns(
  db: Kysely<unknown>,
  needles: readonly string[],
): Promise<Record<string, number>> {
  const usable = needles.filter((needle) => needle.trim().length >= 3);
  if (usable.length === 0) return {};
  const pattern = usable.map(escapeRegularExpression).join('|');
  const jsonPattern = usable
    .filter((needle) => !/["\\]/.test(needle))
    .map(escapeRegularExpression)
    .join('|');
  const columns = await sql<{ table_name: string; column_name: string; data_type: string }>`
    SELECT c.table_name, c.column_name, c.data_type
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      AND c.data_type IN ('text', 'character varying', 'jsonb', 'json')`.execute(db);
  const changed: Record<string, number> = {};
  for (const column of columns.rows) {
    if (skippedTables.has(column.table_name)) continue;
    const table = sql.id(column.table_name);
    const field = sql.id(column.column_name);
    const isJson = column.data_type === 'jsonb' || column.data_type === 'json';
    if (isJson && jsonPattern === '') continue;
    const result = isJson
      ? await sql`UPDATE ${table} SET ${field} = regexp_replace(${field}::text, ${jsonPattern}, ${erasureMarker}, 'gi')::${sql.raw(column.data_type)}
          WHERE ${field}::text ~* ${jsonPattern}`.execute(db)
      : await sql`UPDATE ${table} SET ${field} = regexp_replace(${field}, ${pattern}, ${erasureMarker}, 'gi')
          WHERE ${field} ~* ${pattern}`.execute(db);
    const rows = Number(result.numAffectedRows ?? 0n);
    if (rows > 0) changed[column.table_name] = (changed[column.table_name] ?? 0) + rows;
  }
  return changed;
}
