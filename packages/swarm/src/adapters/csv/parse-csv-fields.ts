import { parse } from 'csv-parse/sync';
import type { CsvRecordText } from './csv-record-splitter.js';

/** A record's fields, or the parser's reason it could not be read. */
export type ParsedCsvFields = { values: string[] } | { parseError: string };

// RFC 4180 strictly: quotes only around whole fields, no trimming, every record returned with its own
// field count (the caller checks it against the header so it can name the row).
const parserOptions = { relax_column_count: true, record_delimiter: '\n', skip_empty_lines: false } as const;

/**
 * Parses a batch of record texts with csv-parse: one parser call for the whole batch (fast path), and
 * only if that fails, one call per record so the error lands on the record that caused it.
 * Returns one entry per input record, in order. Never throws for malformed input.
 */
export function parseCsvFields(records: readonly CsvRecordText[]): ParsedCsvFields[] {
  if (records.length === 0) return [];
  try {
    const rows = parse(records.map((record) => record.text).join('\n'), parserOptions) as string[][];
    if (rows.length === records.length) return rows.map((values) => ({ values }));
  } catch {
    // Fall through: find the culprit record by record.
  }
  return records.map(parseOneRecord);
}

function parseOneRecord(record: CsvRecordText): ParsedCsvFields {
  try {
    const rows = parse(record.text, parserOptions) as string[][];
    const [values] = rows;
    if (rows.length !== 1 || values === undefined) {
      return { parseError: `the text does not form exactly one record (found ${rows.length})` };
    }
    return { values };
  } catch (error) {
    return { parseError: describeParserError(error) };
  }
}

function describeParserError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // csv-parse reports positions relative to the text we handed it, which is one record, not the file.
  return message.replace(/\s*(at|on) line \d+/g, '').replace(/,? at line \d+/g, '');
}
