import { basename } from 'node:path';
import { createCsvLeadRecordSource } from '../adapters/csv/index.js';
import { canonicalEmail } from '../compliance/index.js';
import { CaioError } from '../domain/errors.js';
import type { ExclusionKind, ExclusionListStore } from '../ports/exclusion-list-store.js';
import type { SuppressionRepository } from '../ports/pipeline-store.js';

/** One outcome of a list import: a CSV row (or one entry of it) accepted, already present, or rejected with the reason. */
export interface ListImportRowResult {
  /** 1-based data row (the header is not counted), as in `caio run` reports (SPEC §3.1). */
  row: number;
  status: 'accepted' | 'duplicate' | 'rejected';
  /** The normalised value stored or matched (absent when rejected before normalising). */
  value?: string;
  kind?: ExclusionKind | 'suppression';
  /** Why a row was rejected, e.g. `row 7: "not-an-email" is not an email address`. */
  reason?: string;
}

/** What `caio suppress import` / `caio exclude import` did: counts plus every row's result, in file order. */
export interface ListImportReport {
  file: string;
  /** Recorded on every stored entry: `import:<file name>`. */
  source: string;
  accepted: number;
  duplicates: number;
  rejected: number;
  rows: ListImportRowResult[];
}

/** What the import commands write to. */
export interface ListImportStores {
  suppression: Pick<SuppressionRepository, 'suppressedAmong' | 'add'>;
  exclusions: Pick<ExclusionListStore, 'addMany'>;
}

/** A CSV data row by 1-based number: its fields, or why it could not be read. */
export type CsvRow = { row: number; fields: Readonly<Record<string, string>> } | { row: number; error: string };

/** Every data row of a CSV file with a header (the lead importer's reader: RFC 4180, BOM, CRLF, bad rows kept). */
export async function readCsvRows(file: string): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  for await (const record of createCsvLeadRecordSource(file).records()) {
    rows.push(
      'error' in record
        ? { row: record.rowNumber, error: record.error }
        : { row: record.rowNumber, fields: record.fields },
    );
  }
  return rows;
}

/** The value of column `name` (header matched case-insensitively), trimmed; '' when absent. */
export function column(fields: Readonly<Record<string, string>>, name: string): string {
  for (const [header, value] of Object.entries(fields)) if (header.toLowerCase() === name) return value.trim();
  return '';
}

/** True when the header has column `name` (case-insensitive). */
export function hasColumn(rows: readonly CsvRow[], name: string): boolean {
  const first = rows.find((row) => 'fields' in row);
  return (
    first !== undefined &&
    'fields' in first &&
    Object.keys(first.fields).some((header) => header.toLowerCase() === name)
  );
}

/** Builds the report (counts by status) of one import of `file`. */
export function listImportReport(file: string, rows: ListImportRowResult[]): ListImportReport {
  const count = (status: ListImportRowResult['status']) => rows.filter((row) => row.status === status).length;
  return {
    file,
    source: `import:${basename(file)}`,
    accepted: count('accepted'),
    duplicates: count('duplicate'),
    rejected: count('rejected'),
    rows,
  };
}

/** A rejected row with its reason, prefixed `row N: `. */
export function rejectedRow(row: number, reason: string): ListImportRowResult {
  return { row, status: 'rejected', reason: `row ${row}: ${reason}` };
}

/** The canonical address (`canonicalEmail`), or the row's rejection. */
export function emailOrRejection(row: number, raw: string): { emailKey: string } | ListImportRowResult {
  try {
    return { emailKey: canonicalEmail(raw) };
  } catch {
    return rejectedRow(row, `"${raw}" is not an email address`);
  }
}

/** The whole-file refusal when a required column is absent. */
export function missingColumn(file: string, what: string): CaioError {
  return new CaioError('input_invalid', `CSV file ${file} needs ${what} in its header row.`);
}
