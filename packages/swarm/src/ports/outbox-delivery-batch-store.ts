import type { DeliveryRecord } from './outbox-delivery-store.js';

/**
 * Batch forms of {@link OutboxDeliveryStore} transitions for the send worker's batch path. Same
 * conditional UPDATEs as the one-row forms, so concurrent workers still get exactly one winner per row.
 */
export interface OutboxDeliveryBatchStore {
  /** The rows (with lead and draft) that exist, by outbox id. */
  loadMany(outboxIds: readonly string[]): Promise<ReadonlyMap<string, DeliveryRecord>>;
  /** {@link OutboxDeliveryStore.claim} for many rows in one UPDATE; returns the ids this caller now holds. */
  claimMany(outboxIds: readonly string[], options: { now: Date; staleBefore: Date }): Promise<ReadonlySet<string>>;
  /** `sending → sent` for many rows in one UPDATE, each with the vendor's id for its message. */
  markSentMany(sends: readonly { outboxId: string; wireMessageId: string | null }[], now: Date): Promise<void>;
}
