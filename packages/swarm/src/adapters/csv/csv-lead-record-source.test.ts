import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasErrorCode } from '../../domain/errors.js';
import type { RawLeadRecordResult } from '../../ports/lead-record-source.js';
import { createCsvLeadRecordSource } from './csv-lead-record-source.js';

const fixture = (name: string): string => join(import.meta.dirname, '__fixtures__', name);

async function readAll(path: string, options = {}): Promise<RawLeadRecordResult[]> {
  const results: RawLeadRecordResult[] = [];
  for await (const result of createCsvLeadRecordSource(path, options).records()) results.push(result);
  return results;
}

describe('createCsvLeadRecordSource', () => {
  it('names the source csv:<file name>', () => {
    expect(createCsvLeadRecordSource(fixture('bom-crlf.csv')).name).toBe('csv:bom-crlf.csv');
  });

  it('RFC 4180: reads doubled quotes, quoted commas and line breaks; row numbers count records, not lines', async () => {
    const results = await readAll(fixture('quoted-multiline.csv'));
    expect(results).toEqual([
      {
        rowNumber: 1,
        fields: {
          first_name: 'Ada',
          last_name: 'Lovelace',
          email: 'ada@example.com',
          notes: 'Met at a conference, liked "engines"',
        },
      },
      {
        rowNumber: 2,
        fields: { first_name: 'Grace', last_name: 'Hopper', email: 'grace@example.org', notes: 'Line one\nLine two' },
      },
      { rowNumber: 3, fields: { first_name: 'Alan', last_name: 'Turing', email: 'alan@example.net', notes: '' } },
    ]);
  });

  it('strips a UTF-8 BOM from the first header and accepts CRLF line endings', async () => {
    const results = await readAll(fixture('bom-crlf.csv'));
    expect(results).toEqual([
      { rowNumber: 1, fields: { first_name: 'Émilie', email: 'emilie@example.com' } },
      { rowNumber: 2, fields: { first_name: 'Zoë', email: 'zoe@example.org' } },
    ]);
  });

  it('SPEC 3.1: reports a broken quote, too many fields and an unclosed quote per row and keeps reading', async () => {
    const results = await readAll(fixture('broken-rows.csv'));
    expect(results.map((result) => result.rowNumber)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const summary = results.map((result) => ('error' in result ? 'error' : result.fields['first_name']));
    expect(summary).toEqual(['Ann', 'error', 'error', 'Dan', 'error', 'Fay', 'Gus']);
    const errors = results.flatMap((result) => ('error' in result ? [result.error] : []));
    expect(errors[0]).toMatch(/^CSV line 3 cannot be parsed .*quote/i);
    expect(errors[1]).toMatch(/^CSV line 4 has 4 fields but the header has 3/);
    expect(errors[2]).toMatch(/^CSV line 6 cannot be parsed/);
  });

  it('keeps row numbers and recovery right when records straddle read chunks and batches', async () => {
    const small = await readAll(fixture('broken-rows.csv'), { readChunkBytes: 7, batchSize: 2 });
    expect(small).toEqual(await readAll(fixture('broken-rows.csv')));
    const multiline = await readAll(fixture('quoted-multiline.csv'), { readChunkBytes: 5, batchSize: 1 });
    expect(multiline).toEqual(await readAll(fixture('quoted-multiline.csv')));
  });

  it('yields no records for a header-only file', async () => {
    expect(await readAll(fixture('header-only.csv'))).toEqual([]);
  });

  it('throws input_invalid for an empty file, naming the file', async () => {
    await expect(readAll(fixture('empty.csv'))).rejects.toSatisfy(
      (error: unknown) => hasErrorCode(error, 'input_invalid') && error.message.includes('empty.csv'),
    );
  });

  it('throws input_invalid for a missing file', async () => {
    await expect(readAll(fixture('no-such-file.csv'))).rejects.toSatisfy((error: unknown) =>
      hasErrorCode(error, 'input_invalid'),
    );
  });

  it('keeps duplicate and empty header names apart', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'caio-csv-'));
    const path = join(directory, 'dup.csv');
    writeFileSync(path, 'email,Email,,email,__proto__\na@example.com,b@example.com,x,c@example.com,y\n');
    const [record] = await readAll(path);
    expect(record && 'fields' in record && Object.entries(record.fields)).toEqual([
      ['email', 'a@example.com'],
      ['Email', 'b@example.com'],
      ['column 3', 'x'],
      ['email (2)', 'c@example.com'],
      ['__proto__ (column 5)', 'y'],
    ]);
  });
});
