export { approvalFromRow, draftFromRow, scoreFromRow } from './row-mappers.js';

type JsonRow = Record<string, unknown>;

/** `row_to_json(row)` (like `to_jsonb`) renders timestamps as ISO text; this turns the named columns back into dates. */
export function reviveDates<Row>(row: JsonRow, columns: readonly string[]): Row {
  const revived: JsonRow = { ...row };
  for (const column of columns) {
    const value = row[column];
    revived[column] = typeof value === 'string' ? new Date(value) : value;
  }
  return revived as Row;
}
