import type { Lead } from '../../../domain/lead.js';
import type { BatchContactHistory } from '../../../ports/batch-contact-history.js';
import type { ContactHistory, ContactRecord } from '../../../ports/contact-history.js';
import type { OutboxDeliveryBatchStore } from '../../../ports/outbox-delivery-batch-store.js';
import type { DeliveryRecord, OutboxDeliveryStore } from '../../../ports/outbox-delivery-store.js';
import type { OutboxMessage, OutboxStatus } from '../../../ports/pipeline-store.js';

/** A dead-lettered send job as the in-memory store keeps it. */
export interface DeadSendJobEntry {
  jobId: string;
  outboxId: string | null;
  reason: string;
  at: Date;
}

/** The in-memory store plus what tests read and seed. */
export interface InMemoryOutboxDeliveryStore
  extends OutboxDeliveryStore, ContactHistory, OutboxDeliveryBatchStore, BatchContactHistory {
  /** Adds a row (as the pipeline's outbox insert would), `createdAt` for contact history. */
  insert(message: OutboxMessage, lead: Lead, createdAt: Date): void;
  /** Snapshots of every row, in insertion order. */
  records(): DeliveryRecord[];
  readonly deadJobs: readonly DeadSendJobEntry[];
}

/** Statuses that count as a touch for cross-channel dedup, as in the SQL repository. */
const touchedStatuses: ReadonlySet<OutboxStatus> = new Set(['sending', 'sent', 'uncertain']);

interface Row {
  record: DeliveryRecord;
  createdAt: Date;
}

function snapshot(record: DeliveryRecord): DeliveryRecord {
  return { ...record, message: { ...record.message } };
}

/**
 * An in-memory {@link OutboxDeliveryStore} and {@link ContactHistory} with the SQL repository's
 * semantics (`store/repositories/outbox-delivery-repository.ts`): every transition is one
 * conditional check-and-set on the row's status, done synchronously after an optional
 * `yieldPoint` — so concurrent async workers interleave between operations, never inside one —
 * and reads return snapshots, like rows read from a database. The batch forms
 * ({@link OutboxDeliveryBatchStore}, {@link BatchContactHistory}) are one such step over many rows.
 */
export function createInMemoryOutboxDeliveryStore(
  options: { yieldPoint?: () => Promise<void> } = {},
): InMemoryOutboxDeliveryStore {
  const rows = new Map<string, Row>();
  const deadJobs: DeadSendJobEntry[] = [];
  const yieldPoint = options.yieldPoint ?? (async () => undefined);

  /** Applies `change` when the row's status is one of `from`; true when it did. */
  function transition(outboxId: string, from: readonly OutboxStatus[], change: (record: DeliveryRecord) => void) {
    const row = rows.get(outboxId);
    if (!row || !from.includes(row.record.message.status)) return false;
    change(row.record);
    return true;
  }

  function claimNow(outboxId: string, now: Date, staleBefore: Date): boolean {
    const row = rows.get(outboxId);
    const stale =
      row?.record.message.status === 'claimed' && (row.record.claimedAt?.getTime() ?? 0) < staleBefore.getTime();
    return transition(outboxId, stale ? ['claimed'] : ['queued'], (record) => {
      record.message.status = 'claimed';
      record.claimedAt = now;
    });
  }

  function markSentNow(outboxId: string, now: Date, wireMessageId: string | null): void {
    transition(outboxId, ['sending'], (record) => {
      record.message.status = 'sent';
      record.sentAt = now;
      record.message.wireMessageId = wireMessageId;
      record.reasonCode = null;
      record.reason = null;
    });
  }

  function contactsNow(emailKey: string): ContactRecord[] {
    return [...rows.values()]
      .filter((row) => row.record.message.recipient.toLowerCase() === emailKey)
      .filter((row) => touchedStatuses.has(row.record.message.status))
      .map((row) => ({
        channel: row.record.message.channel,
        platform: row.record.platform ?? 'smtp',
        at: row.record.sendingAt ?? row.createdAt,
        idempotencyKey: row.record.message.idempotencyKey,
      }));
  }

  return {
    deadJobs,
    insert(message, lead, createdAt) {
      rows.set(message.id, {
        createdAt,
        record: {
          message: { ...message },
          platform: null,
          attempts: 0,
          claimedAt: null,
          sendingAt: null,
          sentAt: null,
          reasonCode: null,
          reason: null,
          notBefore: null,
          recipientLocale: null,
          lead,
          draft: null,
        },
      });
    },
    records: () => [...rows.values()].map((row) => snapshot(row.record)),
    async load(outboxId) {
      await yieldPoint();
      const row = rows.get(outboxId);
      return row ? snapshot(row.record) : null;
    },
    async findByIdempotencyKey(idempotencyKey) {
      await yieldPoint();
      const row = [...rows.values()].find((candidate) => candidate.record.message.idempotencyKey === idempotencyKey);
      return row ? snapshot(row.record) : null;
    },
    async listForLead(leadId) {
      await yieldPoint();
      return [...rows.values()]
        .filter((row) => row.record.message.leadId === leadId && row.record.message.status !== 'shadow')
        .sort((left, right) => left.createdAt.getTime() - right.createdAt.getTime())
        .map((row) => snapshot(row.record));
    },
    async claim(outboxId, { now, staleBefore }) {
      await yieldPoint();
      return claimNow(outboxId, now, staleBefore);
    },
    async loadMany(outboxIds) {
      await yieldPoint();
      const records = new Map<string, DeliveryRecord>();
      for (const outboxId of outboxIds) {
        const row = rows.get(outboxId);
        if (row) records.set(outboxId, snapshot(row.record));
      }
      return records;
    },
    async claimMany(outboxIds, { now, staleBefore }) {
      await yieldPoint();
      return new Set(outboxIds.filter((outboxId) => claimNow(outboxId, now, staleBefore)));
    },
    async markSentMany(sends, now) {
      await yieldPoint();
      for (const send of sends) markSentNow(send.outboxId, now, send.wireMessageId);
    },
    async contactsOfMany(emailKeys) {
      await yieldPoint();
      const byKey = new Map<string, readonly ContactRecord[]>();
      for (const key of new Set(emailKeys)) {
        const contacts = contactsNow(key);
        if (contacts.length > 0) byKey.set(key, contacts);
      }
      return byKey;
    },
    async markSending(outboxId, { now, mailbox, platform, raw, locale }) {
      await yieldPoint();
      return transition(outboxId, ['claimed'], (record) => {
        record.message.status = 'sending';
        record.recipientLocale = locale ?? record.recipientLocale;
        record.sendingAt = now;
        record.message.mailbox = mailbox;
        record.message.raw = raw;
        record.platform = platform;
        record.attempts += 1;
      });
    },
    async markSent(outboxId, { now, wireMessageId }) {
      await yieldPoint();
      markSentNow(outboxId, now, wireMessageId);
    },
    async requeue(outboxId, { reasonCode, reason, notBefore }) {
      await yieldPoint();
      transition(outboxId, ['claimed', 'sending'], (record) => {
        record.message.status = 'queued';
        record.claimedAt = null;
        record.reasonCode = reasonCode;
        record.reason = reason;
        record.notBefore = notBefore;
      });
    },
    async settle(outboxId, status, { reasonCode, reason }) {
      await yieldPoint();
      transition(outboxId, ['queued', 'claimed', 'sending'], (record) => {
        record.message.status = status;
        record.reasonCode = reasonCode;
        record.reason = reason;
      });
    },
    async recordDeadJob({ jobId, outboxId, reason, at }) {
      await yieldPoint();
      if (!deadJobs.some((entry) => entry.jobId === jobId)) deadJobs.push({ jobId, outboxId, reason, at });
    },
    async contactsOf(emailKey): Promise<readonly ContactRecord[]> {
      await yieldPoint();
      return contactsNow(emailKey);
    },
  };
}
