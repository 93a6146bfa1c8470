import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { CaioError } from '../../domain/errors.js';
import type { LeadRecordSource, RawLeadRecordResult } from '../../ports/lead-record-source.js';
import { uniqueCsvHeaders } from './csv-header.js';
import { createCsvRecordSplitter, type CsvRecordText } from './csv-record-splitter.js';
import { csvRowsFromRecords } from './csv-rows-from-records.js';
import { parseCsvFields } from './parse-csv-fields.js';

/** Options for {@link createCsvLeadRecordSource}. */
export interface CsvLeadRecordSourceOptions {
  /** Records parsed per csv-parse call; bigger is faster, smaller yields sooner. Default 500. */
  batchSize?: number;
  /** Bytes read from disk per chunk. Default 64 KiB. */
  readChunkBytes?: number;
}

/**
 * A {@link LeadRecordSource} over a UTF-8 CSV file with a header row (RFC 4180: quoted fields, doubled
 * quotes, line breaks inside quotes, LF or CRLF, optional BOM). The file is streamed, so memory does not
 * grow with its size. Row numbers count data records from 1 (the header is not counted, a record that
 * spans several lines counts once, blank lines are not records).
 *
 * A malformed row (unbalanced quote, wrong number of fields) is yielded as that row's
 * `{ rowNumber, error }` and reading goes on (SPEC §3.1 "a row that cannot be parsed is rejected with a
 * per-row reason"). A stray quote costs only its own line: the lines it swallowed are split and parsed
 * again. Records are found by RFC 4180 quote parity and parsed in batches by csv-parse (its own
 * `skip_records_with_error` cannot resynchronise after a quote error: it drops the rest of the file).
 * The name is `csv:<file name>`.
 *
 * @throws CaioError `input_invalid` when the file cannot be read or has no usable header row.
 * @example
 *   const source = createCsvLeadRecordSource('examples/leads.csv');
 *   for await (const record of source.records()) …
 */
export function createCsvLeadRecordSource(
  filePath: string,
  options: CsvLeadRecordSourceOptions = {},
): LeadRecordSource {
  const batchSize = options.batchSize ?? 500;
  const readChunkBytes = options.readChunkBytes ?? 64 * 1024;
  return {
    name: `csv:${basename(filePath)}`,
    records: () => readCsvRecords(filePath, batchSize, readChunkBytes),
  };
}

async function* readCsvRecords(
  filePath: string,
  batchSize: number,
  readChunkBytes: number,
): AsyncGenerator<RawLeadRecordResult> {
  const splitter = createCsvRecordSplitter();
  let headers: string[] | undefined;
  let pending: CsvRecordText[] = [];
  let rowNumber = 0;

  function* flush(): Generator<RawLeadRecordResult> {
    if (headers === undefined) {
      const [headerRecord, ...rest] = pending;
      if (headerRecord === undefined) return;
      headers = parseHeader(headerRecord, filePath);
      pending = rest;
    }
    for (const row of csvRowsFromRecords(pending, headers)) {
      rowNumber += 1;
      yield 'fields' in row ? { rowNumber, fields: row.fields } : { rowNumber, error: row.error };
    }
    pending = [];
  }

  for await (const chunk of readTextChunks(filePath, readChunkBytes)) {
    for (const record of splitter.push(chunk)) pending.push(record);
    if (pending.length >= batchSize) yield* flush();
  }
  for (const record of splitter.end()) pending.push(record);
  yield* flush();
  if (headers === undefined) {
    throw new CaioError('input_invalid', `CSV file ${filePath} is empty; add a header row such as first_name,email`);
  }
}

function parseHeader(record: CsvRecordText, filePath: string): string[] {
  const [parsed] = parseCsvFields([record]);
  if (parsed === undefined || 'parseError' in parsed) {
    const reason = parsed === undefined ? 'no fields' : parsed.parseError;
    throw new CaioError(
      'input_invalid',
      `CSV file ${filePath} has an unreadable header row (${reason}); fix the first line so it lists the column names`,
    );
  }
  return uniqueCsvHeaders(parsed.values);
}

async function* readTextChunks(filePath: string, readChunkBytes: number): AsyncGenerator<string> {
  const stream = createReadStream(filePath, { encoding: 'utf8', highWaterMark: readChunkBytes });
  try {
    for await (const chunk of stream) yield chunk as string;
  } catch (error) {
    throw new CaioError('input_invalid', `CSV file ${filePath} cannot be read; check the path and permissions`, {
      cause: error,
    });
  } finally {
    stream.destroy();
  }
}
