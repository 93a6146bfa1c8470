import { stringify } from 'csv-stringify/sync';
import { escapeCsvCell } from '../defence/index.js';
import { draftReviewColumns, type DraftReviewRow } from './draft-review-row.js';

/**
 * The review sheet as RFC 4180 CSV with a header row. Every text cell passes the CSV-injection guard
 * (specs/security.md INJ-8: a leading `=`, `+`, `-`, `@`, tab or CR gets a `'`) because draft text and
 * lead fields come from untrusted sources; numbers are written as numbers, null as an empty cell.
 */
export function formatDraftReviewCsv(rows: readonly DraftReviewRow[]): string {
  const records = rows.map((row) =>
    draftReviewColumns.map((column) => {
      const value = row[column];
      if (value === null) return '';
      return typeof value === 'number' ? String(value) : escapeCsvCell(value);
    }),
  );
  return stringify(records, { header: true, columns: [...draftReviewColumns] });
}
