import { leadDedupKey, type LeadCandidate } from '../../domain/lead.js';
import { mergeLeadCandidates } from './merge-lead-candidates.js';

/** What {@link LeadDeduplicator.add} decided for one candidate. */
export type LeadDedupOutcome =
  /** First time this lead is seen in the run: import it. */
  | { outcome: 'new'; candidate: LeadCandidate }
  /**
   * The lead was already seen at `firstRowNumber`; `merged` is that first occurrence updated with this
   * record's non-empty fields (see `mergeLeadCandidates`). Counted as a duplicate, not an import.
   */
  | { outcome: 'duplicate'; firstRowNumber: number; merged: LeadCandidate };

/** In-run duplicate detection across all rows of one import, whatever the chunking. */
export interface LeadDeduplicator {
  add(candidate: LeadCandidate): LeadDedupOutcome;
  /** Distinct leads seen so far. */
  readonly size: number;
}

/**
 * Creates an in-run deduplicator keyed by `leadDedupKey` (SPEC §3.1: canonical email, else LinkedIn
 * URL). The first occurrence wins its row number and stays the lead; later ones are `duplicate` and
 * merge into it. A lead without email also matches an earlier lead that had an email and the same
 * LinkedIn URL (same person, seen once without the address); two different emails stay two leads even
 * with one LinkedIn URL, as the SPEC keys on email first. Holds one entry per distinct lead in memory.
 */
export function createLeadDeduplicator(): LeadDeduplicator {
  // Slot numbers rather than row numbers, so candidates from several sources can share one deduplicator.
  const leads: LeadCandidate[] = [];
  const slotByKey = new Map<string, number>();

  function index(candidate: LeadCandidate, slot: number): void {
    const emailKey = leadDedupKey({ emailKey: candidate.emailKey, linkedinUrl: null });
    const linkedinKey = leadDedupKey({ emailKey: null, linkedinUrl: candidate.linkedinUrl });
    for (const key of [emailKey, linkedinKey]) {
      if (key !== null && !slotByKey.has(key)) slotByKey.set(key, slot);
    }
  }

  return {
    add(candidate) {
      const key = leadDedupKey(candidate);
      const slot = key === null ? undefined : slotByKey.get(key);
      const existing = slot === undefined ? undefined : leads[slot];
      if (slot === undefined || existing === undefined) {
        leads.push(candidate);
        index(candidate, leads.length - 1);
        return { outcome: 'new', candidate };
      }
      const merged = mergeLeadCandidates(existing, candidate);
      leads[slot] = merged;
      index(merged, slot);
      return { outcome: 'duplicate', firstRowNumber: existing.rowNumber, merged };
    },
    get size() {
      return leads.length;
    },
  };
}
