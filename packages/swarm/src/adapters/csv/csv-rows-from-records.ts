import { createCsvRecordSplitter, type CsvRecordText } from './csv-record-splitter.js';
import { parseCsvFields } from './parse-csv-fields.js';

/** One data row of a CSV file, before it gets its row number: its fields by header, or why it is unreadable. */
export type CsvRow = { fields: Readonly<Record<string, string>> } | { error: string };

/**
 * Turns record texts into rows keyed by `headers`, in order, one row per data record. A multi-line
 * record that fails to parse is almost always an unbalanced quote that swallowed the lines after it, so
 * only its first physical line is reported as the bad row and the lines after it are split and parsed
 * again: one stray quote costs one row, not the rest of the file.
 */
export function csvRowsFromRecords(records: readonly CsvRecordText[], headers: readonly string[]): CsvRow[] {
  const rows: CsvRow[] = [];
  let queue: readonly CsvRecordText[] = records;
  while (queue.length > 0) {
    const parsed = parseCsvFields(queue);
    let remaining: CsvRecordText[] = [];
    for (let index = 0; index < queue.length; index += 1) {
      const record = queue[index] as CsvRecordText;
      const result = parsed[index] as (typeof parsed)[number];
      if ('values' in result) {
        rows.push(rowFromValues(result.values, headers, record));
        continue;
      }
      rows.push({
        error:
          `CSV line ${record.line} cannot be parsed (${result.parseError}); check the quotes in this row: a field ` +
          'that contains a comma, quote or line break must be wrapped in double quotes, with inner quotes doubled ("")',
      });
      if (record.lineCount > 1) {
        remaining = [...resplitAfterFirstLine(record), ...queue.slice(index + 1)];
        break;
      }
    }
    queue = remaining;
  }
  return rows;
}

function rowFromValues(values: readonly string[], headers: readonly string[], record: CsvRecordText): CsvRow {
  if (values.length !== headers.length) {
    return {
      error:
        `CSV line ${record.line} has ${values.length} fields but the header has ${headers.length}; quote any ` +
        'field that contains a comma, or remove the extra or missing separators',
    };
  }
  const fields: Record<string, string> = {};
  for (let index = 0; index < headers.length; index += 1) {
    fields[headers[index] as string] = values[index] as string;
  }
  return { fields };
}

function resplitAfterFirstLine(record: CsvRecordText): CsvRecordText[] {
  const firstBreak = record.text.indexOf('\n');
  const splitter = createCsvRecordSplitter(record.line + 1);
  return [...splitter.push(record.text.slice(firstBreak + 1)), ...splitter.end()];
}
