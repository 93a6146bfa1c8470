/**
 * An asynchronous enrichment waiting for its result (SPEC §3.2: BetterContact is polled, Clay calls
 * back). `correlationId` is what the later result carries; for Clay, a hash of the LinkedIn URL.
 */
export interface PendingEnrichment {
  correlationId: string;
  leadId: string;
  /** Provider slug, e.g. `clay`. */
  provider: string;
  requestedAt: Date;
}

/**
 * Durable pending enrichments. `complete` is the exactly-once gate: of concurrent or repeated
 * callbacks for one correlation id, only the first gets the pending row back (WH-4 "one effect").
 */
export interface PendingEnrichmentStore {
  /** Records a pending enrichment; recording the same (provider, correlationId) again keeps the first. */
  record(pending: PendingEnrichment): Promise<void>;
  /**
   * Marks the pending enrichment completed at `at` and returns it, or `undefined` when there is none
   * for (provider, correlationId) or it was already completed.
   */
  complete(provider: string, correlationId: string, at: Date): Promise<PendingEnrichment | undefined>;
}
