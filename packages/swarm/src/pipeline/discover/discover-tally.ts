import type { DiscoverChunk, DiscoverRejection } from './discover-chunk.js';

/**
 * Running totals of the discover stage for the run report (SPEC §3.1 report semantics): rejected rows
 * and duplicates are outcomes, not failures, and `rowsRead = imported + duplicates + rejected` always
 * holds. `rejections` lists every rejected row with its reason, in row order, so nothing is silently
 * dropped.
 */
export interface DiscoverTally {
  readonly rowsRead: number;
  /** Distinct leads this run produced (first occurrences). */
  readonly imported: number;
  readonly duplicates: number;
  readonly rejected: number;
  readonly rejections: readonly DiscoverRejection[];
}

/** The tally before any row was read. */
export function createDiscoverTally(): DiscoverTally {
  return { rowsRead: 0, imported: 0, duplicates: 0, rejected: 0, rejections: [] };
}

/** The tally after one more chunk. Pure: returns a new tally. */
export function addDiscoverChunk(tally: DiscoverTally, chunk: DiscoverChunk): DiscoverTally {
  return {
    rowsRead: tally.rowsRead + chunk.candidates.length + chunk.duplicates + chunk.rejected.length,
    imported: tally.imported + chunk.candidates.length,
    duplicates: tally.duplicates + chunk.duplicates,
    rejected: tally.rejected + chunk.rejected.length,
    rejections: chunk.rejected.length === 0 ? tally.rejections : [...tally.rejections, ...chunk.rejected],
  };
}
