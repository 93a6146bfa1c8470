import { sql, type Kysely, type Selectable } from 'kysely';
import type { ContactHistory, ContactRecord } from '../../ports/contact-history.js';
import type { BatchContactHistory } from '../../ports/batch-contact-history.js';
import type { OutboxDeliveryBatchStore } from '../../ports/outbox-delivery-batch-store.js';
import type { DeliveryRecord, OutboxDeliveryStore } from '../../ports/outbox-delivery-store.js';
import type { Database, OutboxTable } from '../schema.js';
import { toJson } from '../schema.js';
import { deliveryRecordFromRows } from './delivery-record-rows.js';
import { createOutboxDeliveryBatchRepository, touchedOutboxStatuses } from './outbox-delivery-batch-repository.js';

const touchedStatuses = touchedOutboxStatuses;

async function loadRecord(
  db: Kysely<Database>,
  row: Selectable<OutboxTable> | undefined,
): Promise<DeliveryRecord | null> {
  if (!row) return null;
  const lead = await db.selectFrom('leads').selectAll().where('id', '=', row.lead_id).executeTakeFirst();
  if (!lead) return null;
  const draft = row.draft_id
    ? await db.selectFrom('drafts').selectAll().where('id', '=', row.draft_id).executeTakeFirst()
    : undefined;
  return deliveryRecordFromRows(row, lead, draft);
}

/**
 * Kysely implementation of {@link OutboxDeliveryStore}: each transition is one `UPDATE … WHERE
 * status = …`, so two workers racing for a row get exactly one winner on PGlite and PostgreSQL.
 * Includes the batch forms ({@link createOutboxDeliveryBatchRepository}) for the batch send path.
 */
export function createOutboxDeliveryRepository(
  db: Kysely<Database>,
): OutboxDeliveryStore & OutboxDeliveryBatchStore & ContactHistory & BatchContactHistory {
  return {
    ...createOutboxDeliveryBatchRepository(db),
    async load(outboxId) {
      return loadRecord(db, await db.selectFrom('outbox').selectAll().where('id', '=', outboxId).executeTakeFirst());
    },
    async findByIdempotencyKey(idempotencyKey) {
      const row = await db
        .selectFrom('outbox')
        .selectAll()
        .where('idempotency_key', '=', idempotencyKey)
        .executeTakeFirst();
      return loadRecord(db, row);
    },
    async listForLead(leadId) {
      const rows = await db
        .selectFrom('outbox')
        .selectAll()
        .where('lead_id', '=', leadId)
        .where('status', '!=', 'shadow')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      const records = await Promise.all(rows.map((row) => loadRecord(db, row)));
      return records.filter((record): record is DeliveryRecord => record !== null);
    },
    async claim(outboxId, { now, staleBefore }) {
      const result = await db
        .updateTable('outbox')
        .set({ status: 'claimed', claimed_at: now, updated_at: now })
        .where('id', '=', outboxId)
        .where((where) =>
          where.or([
            where('status', '=', 'queued'),
            where.and([where('status', '=', 'claimed'), where('claimed_at', '<', staleBefore)]),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async markSending(outboxId, { now, mailbox, platform, raw, locale }) {
      const result = await db
        .updateTable('outbox')
        .set({
          status: 'sending',
          sending_at: now,
          mailbox,
          platform,
          raw,
          attempts: sql`attempts + 1`,
          updated_at: now,
          ...(locale
            ? {
                recipient_time_zone: locale.timeZone,
                recipient_country: locale.countryCode,
                recipient_region: locale.regionCode,
                recipient_locale_source: locale.source,
              }
            : {}),
        })
        .where('id', '=', outboxId)
        .where('status', '=', 'claimed')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async markSent(outboxId, { now, wireMessageId }) {
      await db
        .updateTable('outbox')
        .set({
          status: 'sent',
          sent_at: now,
          wire_message_id: wireMessageId,
          reason_code: null,
          reason: null,
          updated_at: now,
        })
        .where('id', '=', outboxId)
        .where('status', '=', 'sending')
        .execute();
    },
    async requeue(outboxId, { reasonCode, reason, at, notBefore }) {
      await db
        .updateTable('outbox')
        .set({
          status: 'queued',
          claimed_at: null,
          reason_code: reasonCode,
          reason,
          not_before: notBefore,
          updated_at: at,
        })
        .where('id', '=', outboxId)
        .where('status', 'in', ['claimed', 'sending'])
        .execute();
    },
    async settle(outboxId, status, { reasonCode, reason, at }) {
      await db
        .updateTable('outbox')
        .set({ status, reason_code: reasonCode, reason, updated_at: at })
        .where('id', '=', outboxId)
        .where('status', 'in', ['queued', 'claimed', 'sending'])
        .execute();
    },
    async recordDeadJob({ jobId, outboxId, payload, reason, at }) {
      await db
        .insertInto('dead_send_jobs')
        .values({ job_id: jobId, outbox_id: outboxId, payload: toJson(payload), reason, recorded_at: at })
        .onConflict((conflict) => conflict.column('job_id').doNothing())
        .execute();
    },
    async contactsOf(emailKey): Promise<readonly ContactRecord[]> {
      const rows = await db
        .selectFrom('outbox')
        .select(['channel', 'platform', 'sending_at', 'created_at', 'idempotency_key'])
        .where(sql<string>`lower(recipient)`, '=', emailKey)
        .where('status', 'in', [...touchedStatuses])
        .execute();
      return rows.map((row) => ({
        channel: row.channel,
        platform: row.platform ?? 'smtp',
        at: row.sending_at ?? row.created_at,
        idempotencyKey: row.idempotency_key,
      }));
    },
  };
}
