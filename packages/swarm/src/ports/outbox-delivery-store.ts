import type { Lead } from '../domain/lead.js';
import type { RecipientLocale } from './recipient-locale.js';
import type { OutboxMessage, OutboxStatus, StoredDraft } from './pipeline-store.js';

/** An outbox row with its delivery state, its lead and (when it came from a draft) the draft. */
export interface DeliveryRecord {
  message: OutboxMessage;
  platform: string | null;
  /** Vendor calls started so far (incremented by {@link OutboxDeliveryStore.markSending}). */
  attempts: number;
  /** When the current claim was taken (UTC), or null. */
  claimedAt: Date | null;
  sendingAt: Date | null;
  sentAt: Date | null;
  /** The last refusal or failure reason code (send-policy code or CaioError code), or null. */
  reasonCode: string | null;
  reason: string | null;
  /** When a deferred row may be tried again (UTC), or null. */
  notBefore: Date | null;
  /** The recipient zone and region the send window used, with the dataset that produced them (SPEC §3.7). */
  recipientLocale: RecipientLocale | null;
  lead: Lead;
  draft: StoredDraft | null;
}

/** How a row leaves the worker's hands when it did not go out. */
export interface DeliveryNote {
  reasonCode: string;
  reason: string;
  at: Date;
}

/**
 * The send worker's view of the outbox (issue 4: at-most-once sends). Every transition is one
 * conditional UPDATE, so concurrent workers on several machines cannot both take the same row.
 */
export interface OutboxDeliveryStore {
  load(outboxId: string): Promise<DeliveryRecord | null>;
  findByIdempotencyKey(idempotencyKey: string): Promise<DeliveryRecord | null>;
  /** Every non-shadow outbox row of a lead, oldest first. */
  listForLead(leadId: string): Promise<DeliveryRecord[]>;
  /**
   * `queued → claimed`, or re-takes a `claimed` row whose claim is older than `staleBefore` (its
   * worker died before any vendor call). True when this caller now holds the row.
   */
  claim(outboxId: string, options: { now: Date; staleBefore: Date }): Promise<boolean>;
  /**
   * `claimed → sending`: the dedupe mark written before the vendor call, with the final sending
   * mailbox, platform and message source. Counts an attempt. False when the row is no longer claimed.
   */
  markSending(
    outboxId: string,
    options: { now: Date; mailbox: string; platform: string; raw: string; locale?: RecipientLocale | undefined },
  ): Promise<boolean>;
  /** `sending → sent` with the vendor's id for the message. */
  markSent(outboxId: string, options: { now: Date; wireMessageId: string | null }): Promise<void>;
  /** `claimed | sending → queued` until `notBefore` (deferred by the policy, or proven not sent). */
  requeue(outboxId: string, note: DeliveryNote & { notBefore: Date | null }): Promise<void>;
  /** A final state without delivery: `refused` (policy), `failed` (vendor refused), `uncertain` (may have left). */
  settle(
    outboxId: string,
    status: Extract<OutboxStatus, 'refused' | 'failed' | 'uncertain'>,
    note: DeliveryNote,
  ): Promise<void>;
  /** Keeps a send job that exhausted its retries (dead-letter queue), once per job id. */
  recordDeadJob(entry: {
    jobId: string;
    outboxId: string | null;
    payload: object;
    reason: string;
    at: Date;
  }): Promise<void>;
}
