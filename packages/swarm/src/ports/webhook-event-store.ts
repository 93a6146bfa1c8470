import type { InboundEvent } from '../domain/inbound-event.js';
import type { StoreTransaction } from './job-queue.js';

/**
 * What happened to a stored delivery: `received` (normalised, processing job enqueued),
 * `processed` (the worker applied it), `ignored` (a known vendor event outside SPEC §4),
 * `error` (unknown event type or malformed body; kept for inspection, never retried).
 */
export type WebhookEventStatus = 'received' | 'processed' | 'ignored' | 'error';

/** One verified delivery as stored in `webhook_events` (migration 0005). */
export interface WebhookEventRecord {
  id: string;
  /** `instantly`, `heyreach`, `rb2b`, `clay` or `standard:<source>`. */
  source: string;
  /** Unique per source: the dedupe key kept ≥ 72 h (specs/security.md WH-4). */
  providerEventId: string;
  receivedAt: Date;
  status: WebhookEventStatus;
  /** The normalised events (empty for `ignored` and `error`). */
  events: InboundEvent[];
  /** A PII-free reason code for `error` rows (e.g. `unknown_event_type:foo`). */
  error: string | null;
  /**
   * A verified Clay `enrichment_result` callback body (SPEC §3.2), stored for the `inbound-event` job
   * that completes the pending enrichment; absent for SPEC §4 deliveries. Contains personal data:
   * it lives and is purged with its row (PII-5).
   */
  enrichmentResult?: Readonly<Record<string, unknown>>;
}

/**
 * Durable store of verified inbound webhook deliveries (SPEC §4, specs/security.md WH-4, WH-7):
 * dedupe by `(source, providerEventId)` and enqueue of the processing job commit together.
 */
export interface WebhookEventStore {
  /**
   * Inserts the delivery unless `(source, providerEventId)` is already stored, and — only when it
   * was inserted — calls `afterInsert` inside the same transaction (to enqueue the processing job
   * with `{ transaction }`). Returns false for a duplicate; a throw from `afterInsert` rolls back both.
   */
  recordOnce(
    record: WebhookEventRecord,
    afterInsert?: (transaction: StoreTransaction) => Promise<void>,
  ): Promise<boolean>;
  /**
   * The group-commit form of {@link WebhookEventStore.recordOnce} (specs/security.md WH-4, WH-7): ONE
   * transaction inserts every record with one multi-row `INSERT … ON CONFLICT DO NOTHING`, then calls
   * `afterInsert` once with the records actually inserted (in input order) and the transaction, so
   * their follow-up jobs commit with them — never a row without its job or a job without its row.
   * A record whose `(source, providerEventId)` is already stored, or repeats an earlier record of the
   * same call, is a duplicate. Returns one boolean per input record (true = inserted). A throw —
   * from the insert or `afterInsert` — rolls back the whole batch. Optional: stores without it are
   * driven one `recordOnce` per record.
   */
  recordManyOnce?(
    records: readonly WebhookEventRecord[],
    afterInsert?: (inserted: readonly WebhookEventRecord[], transaction: StoreTransaction) => Promise<void>,
  ): Promise<boolean[]>;
  /** Reads one stored delivery. */
  find(id: string): Promise<WebhookEventRecord | undefined>;
  /** Marks a delivery processed at `at`; idempotent. */
  markProcessed(id: string, at: Date): Promise<void>;
  /**
   * Marks a `received` delivery as `error` with a PII-free `reason` (e.g. `no_pending_enrichment:li_…`)
   * at `at`, keeping its row and payload for inspection; idempotent. Optional for fakes.
   */
  markFailed?(id: string, reason: string, at: Date): Promise<void>;
  /** Deletes deliveries received before `cutoff` (retention, PII-5: 30 days); returns how many. */
  purgeReceivedBefore(cutoff: Date): Promise<number>;
}
