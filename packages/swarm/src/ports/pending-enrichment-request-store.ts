import type { PendingEnrichment, PendingEnrichmentStore } from './pending-enrichment-store.js';

/**
 * The request side of {@link PendingEnrichmentStore} (SPEC §3.2 Clay): recording reports whether the
 * row is new, so concurrent or repeated runs send each request at most once, and a request whose send
 * definitely failed can be withdrawn so a later run asks again.
 */
export interface PendingEnrichmentRequestStore extends PendingEnrichmentStore {
  /**
   * Records the pending enrichment like `record` (the first one for (provider, correlationId) wins)
   * and returns true only when this call created it — the atomic "may I send?" gate.
   */
  recordIfAbsent(pending: PendingEnrichment): Promise<boolean>;
  /** Deletes the pending row for (provider, correlationId) unless it was already completed. */
  withdraw(provider: string, correlationId: string): Promise<void>;
}
