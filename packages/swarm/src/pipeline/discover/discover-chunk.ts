import type { LeadCandidate } from '../../domain/lead.js';

/** A row the discover stage rejected, for the run report. */
export interface DiscoverRejection {
  /** 1-based data-record number in the source (header not counted). */
  row: number;
  /** What is wrong and how to fix it, naming the column. */
  reason: string;
}

/**
 * The discover stage's output for a run of consecutive rows (see `discoverLeads`). Every row read lands
 * in exactly one of `candidates`, `rejected` or `duplicates`, so
 * `rowsRead = candidates.length + duplicates + rejected.length`.
 */
export interface DiscoverChunk {
  /** First occurrences found in this chunk, in row order, already merged with later duplicates in this chunk. */
  candidates: LeadCandidate[];
  /**
   * Leads first emitted in an EARLIER chunk that duplicates in this chunk updated (merged values, original
   * row number). Upsert them by dedup key; they are not new imports and are not counted again.
   */
  updatedCandidates: LeadCandidate[];
  rejected: DiscoverRejection[];
  /** Rows in this chunk that repeated a lead already seen in this run. */
  duplicates: number;
  /** Rows this chunk covers: `candidates.length + duplicates + rejected.length`. */
  rowsRead: number;
}
