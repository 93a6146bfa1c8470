/**
 * One raw input record from a lead source (a CSV row, an API item), before any normalisation.
 * `fields` is keyed by the source's own column names, values exactly as read (untrimmed).
 */
export interface RawLeadRecord {
  /** 1-based data-record number in the source; a CSV header is not counted (SPEC §3.1). */
  rowNumber: number;
  fields: Readonly<Record<string, string>>;
}

/**
 * A record the source could not read (e.g. a CSV row with an unbalanced quote or the wrong number of
 * columns). It still occupies its row number so the run report can name it: nothing is silently dropped
 * (SPEC §3.1).
 */
export interface RawLeadRecordError {
  /** 1-based data-record number, counted exactly like {@link RawLeadRecord.rowNumber}. */
  rowNumber: number;
  /** Human-readable reason that says where the problem is and how to fix it. */
  error: string;
}

/** What a {@link LeadRecordSource} yields for each data record: the record, or why it could not be read. */
export type RawLeadRecordResult = RawLeadRecord | RawLeadRecordError;

/** True when the source could not read this record; narrows to {@link RawLeadRecordError}. */
export function isRawLeadRecordError(result: RawLeadRecordResult): result is RawLeadRecordError {
  return 'error' in result;
}

/**
 * A source of raw lead records, read once from start to end (SPEC §3.1 Discover). Implementations yield
 * records in row order with consecutive row numbers starting at 1, report unreadable rows as
 * {@link RawLeadRecordError} and keep going; they throw `CaioError` only when the whole source is unusable
 * (file missing, no header).
 */
export interface LeadRecordSource {
  /** Where the records come from, recorded on every lead, e.g. `csv:leads.csv`. */
  readonly name: string;
  records(): AsyncIterable<RawLeadRecordResult>;
}
