import { CaioError } from '../../domain/errors.js';
import type { LeadCandidate } from '../../domain/lead.js';
import { isRawLeadRecordError, type LeadRecordSource, type RawLeadRecord } from '../../ports/lead-record-source.js';
import type { DiscoverChunk } from './discover-chunk.js';
import { createLeadDeduplicator } from './lead-deduplicator.js';
import { buildLeadHeaderMap, type LeadHeaderMap } from './lead-header-map.js';
import { mapLeadRecord } from './map-lead-record.js';

/** Options for {@link discoverLeads}. */
export interface DiscoverLeadsOptions {
  /** Rows per yielded chunk (a whole number ≥ 1). Default 1000. */
  chunkSize?: number;
}

/**
 * Runs the discover stage (SPEC §3.1) over a whole source: maps and validates every record
 * (`mapLeadRecord`), deduplicates across the entire run — chunks included — and yields one
 * {@link DiscoverChunk} per `chunkSize` rows read (the last one may be smaller; an empty source yields
 * nothing). Feed the chunks to `addDiscoverChunk` for the report. The header map is built once from the
 * first record's columns and rebuilt only if a record has a different number of columns.
 *
 * @throws CaioError `input_invalid` when `chunkSize` is not a whole number ≥ 1; errors the source throws
 *   (unreadable file) pass through unchanged.
 */
export async function* discoverLeads(
  source: LeadRecordSource,
  options: DiscoverLeadsOptions = {},
): AsyncGenerator<DiscoverChunk> {
  const chunkSize = options.chunkSize ?? 1000;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new CaioError('input_invalid', `discover chunkSize must be a whole number of rows ≥ 1, got ${chunkSize}`);
  }
  const deduplicator = createLeadDeduplicator();
  const headerMaps = createHeaderMapCache();
  let chunk = emptyChunk();
  let positionByRow = new Map<number, number>();
  const updatedByRow = new Map<number, LeadCandidate>();

  for await (const record of source.records()) {
    const headerMap = isRawLeadRecordError(record) ? emptyHeaderMap : headerMaps.forRecord(record);
    const mapping = mapLeadRecord(record, headerMap, source.name);
    chunk.rowsRead += 1;
    if (!mapping.ok) {
      chunk.rejected.push({ row: record.rowNumber, reason: mapping.reason });
    } else {
      const outcome = deduplicator.add(mapping.candidate);
      if (outcome.outcome === 'new') {
        positionByRow.set(outcome.candidate.rowNumber, chunk.candidates.length);
        chunk.candidates.push(outcome.candidate);
      } else {
        chunk.duplicates += 1;
        const position = positionByRow.get(outcome.firstRowNumber);
        if (position === undefined) updatedByRow.set(outcome.firstRowNumber, outcome.merged);
        else chunk.candidates[position] = outcome.merged;
      }
    }
    if (chunk.rowsRead >= chunkSize) {
      chunk.updatedCandidates = [...updatedByRow.values()];
      yield chunk;
      chunk = emptyChunk();
      positionByRow = new Map();
      updatedByRow.clear();
    }
  }
  if (chunk.rowsRead > 0) {
    chunk.updatedCandidates = [...updatedByRow.values()];
    yield chunk;
  }
}

const emptyHeaderMap: LeadHeaderMap = buildLeadHeaderMap([]);

function emptyChunk(): DiscoverChunk {
  return { candidates: [], updatedCandidates: [], rejected: [], duplicates: 0, rowsRead: 0 };
}

function createHeaderMapCache(): { forRecord(record: RawLeadRecord): LeadHeaderMap } {
  const byShape = new Map<string, LeadHeaderMap>();
  let current: LeadHeaderMap | undefined;
  let currentKeys: readonly string[] = [];
  return {
    forRecord(record) {
      // Cheap test first: a CSV gives every record the same columns, so the map is built once per file.
      if (current !== undefined && sameKeys(record.fields, currentKeys)) return current;
      const keys = Object.keys(record.fields);
      const shape = keys.join('\u0000');
      current = byShape.get(shape) ?? buildLeadHeaderMap(keys);
      byShape.set(shape, current);
      currentKeys = keys;
      return current;
    },
  };
}

function sameKeys(fields: Readonly<Record<string, string>>, keys: readonly string[]): boolean {
  // Counting without Object.keys avoids an array per row; equal counts plus all keys present = same shape.
  let count = 0;
  for (const _key in fields) {
    count += 1;
    if (count > keys.length) return false;
  }
  return count === keys.length && keys.every((key) => Object.hasOwn(fields, key));
}
