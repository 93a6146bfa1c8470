import { basename } from 'node:path';
import {
  column,
  emailOrRejection,
  hasColumn,
  listImportReport,
  missingColumn,
  readCsvRows,
  rejectedRow,
  type ListImportReport,
  type ListImportRowResult,
  type ListImportStores,
} from './list-import-rows.js';

/**
 * `caio suppress import <csv>` (SPEC §15, EM-4; day-one import of an existing do-not-contact list): reads
 * column `email` (required) and `reason` (optional, default `imported`), canonicalises each address with
 * `canonicalEmail`, and adds it to the shared suppression list (salted hash, GDPR-2) with source
 * `import:<file name>`. Each row is `accepted`, `duplicate` (already suppressed, or repeated in the file)
 * or `rejected` with a reason; nothing is dropped silently.
 *
 * @throws CaioError `input_invalid` when the file cannot be read or has no `email` column.
 */
export async function importSuppressionCsv(
  file: string,
  stores: Pick<ListImportStores, 'suppression'>,
): Promise<ListImportReport> {
  const rows = await readCsvRows(file);
  if (rows.length > 0 && !hasColumn(rows, 'email')) throw missingColumn(file, 'an "email" column');
  const source = `import:${basename(file)}`;
  const parsed = rows.map((row) => {
    if ('error' in row) return rejectedRow(row.row, row.error);
    const raw = column(row.fields, 'email');
    if (raw === '') return rejectedRow(row.row, 'the email column is empty');
    const email = emailOrRejection(row.row, raw);
    return 'emailKey' in email
      ? { row: row.row, emailKey: email.emailKey, reason: column(row.fields, 'reason') || 'imported' }
      : email;
  });
  const keys = parsed.flatMap((item) => ('emailKey' in item ? [item.emailKey] : []));
  const alreadySuppressed = await stores.suppression.suppressedAmong(keys);
  const seen = new Set<string>();
  const results: ListImportRowResult[] = [];
  for (const item of parsed) {
    if (!('emailKey' in item)) {
      results.push(item);
      continue;
    }
    const base = { row: item.row, value: item.emailKey, kind: 'suppression' as const };
    if (alreadySuppressed.has(item.emailKey) || seen.has(item.emailKey)) {
      results.push({ ...base, status: 'duplicate' });
      continue;
    }
    seen.add(item.emailKey);
    await stores.suppression.add({ emailKey: item.emailKey, reason: item.reason.slice(0, 200), source });
    results.push({ ...base, status: 'accepted' });
  }
  return listImportReport(file, results);
}
