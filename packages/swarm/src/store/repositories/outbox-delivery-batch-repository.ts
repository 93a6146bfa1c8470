import { sql, type Kysely } from 'kysely';
import type { BatchContactHistory } from '../../ports/batch-contact-history.js';
import type { ContactRecord } from '../../ports/contact-history.js';
import type { DeliveryRecord } from '../../ports/outbox-delivery-store.js';
import type { OutboxDeliveryBatchStore } from '../../ports/outbox-delivery-batch-store.js';
import type { Database } from '../schema.js';
import { deliveryRecordFromRows } from './delivery-record-rows.js';

/** Outbox statuses that count as a touch for cross-channel dedup (SPEC §3.7): it left, or may have. */
export const touchedOutboxStatuses = ['sending', 'sent', 'uncertain'] as const;

/**
 * Kysely implementation of the send worker's batch reads and writes (issue 4 benchmark): one query
 * per table to load a batch, one conditional UPDATE to claim it (`queued`, or a `claimed` row whose
 * claim is stale — the same condition as the one-row claim), one UPDATE to record its sends.
 */
export function createOutboxDeliveryBatchRepository(
  db: Kysely<Database>,
): OutboxDeliveryBatchStore & BatchContactHistory {
  return {
    async loadMany(outboxIds) {
      const records = new Map<string, DeliveryRecord>();
      if (outboxIds.length === 0) return records;
      const rows = await db
        .selectFrom('outbox')
        .selectAll()
        .where('id', 'in', [...outboxIds])
        .execute();
      if (rows.length === 0) return records;
      const leadIds = [...new Set(rows.map((row) => row.lead_id))];
      const draftIds = [...new Set(rows.flatMap((row) => (row.draft_id ? [row.draft_id] : [])))];
      const leads = await db.selectFrom('leads').selectAll().where('id', 'in', leadIds).execute();
      const drafts =
        draftIds.length === 0 ? [] : await db.selectFrom('drafts').selectAll().where('id', 'in', draftIds).execute();
      const leadById = new Map(leads.map((lead) => [lead.id, lead]));
      const draftById = new Map(drafts.map((draft) => [draft.id, draft]));
      for (const row of rows) {
        const lead = leadById.get(row.lead_id);
        if (!lead) continue;
        const draft = row.draft_id ? draftById.get(row.draft_id) : undefined;
        records.set(row.id, deliveryRecordFromRows(row, lead, draft));
      }
      return records;
    },
    async claimMany(outboxIds, { now, staleBefore }) {
      if (outboxIds.length === 0) return new Set();
      const rows = await db
        .updateTable('outbox')
        .set({ status: 'claimed', claimed_at: now, updated_at: now })
        .where('id', 'in', [...outboxIds])
        .where((where) =>
          where.or([
            where('status', '=', 'queued'),
            where.and([where('status', '=', 'claimed'), where('claimed_at', '<', staleBefore)]),
          ]),
        )
        .returning('id')
        .execute();
      return new Set(rows.map((row) => row.id));
    },
    async markSentMany(sends, now) {
      if (sends.length === 0) return;
      const entries = JSON.stringify(sends.map((send) => ({ id: send.outboxId, wire: send.wireMessageId })));
      await sql`
        UPDATE outbox AS o SET status = 'sent', sent_at = ${now}, wire_message_id = v.wire,
          reason_code = NULL, reason = NULL, updated_at = ${now}
        FROM jsonb_to_recordset(${entries}::jsonb) AS v(id uuid, wire text)
        WHERE o.id = v.id AND o.status = 'sending'`.execute(db);
    },
    async contactsOfMany(emailKeys) {
      const byKey = new Map<string, ContactRecord[]>();
      if (emailKeys.length === 0) return byKey;
      const rows = await db
        .selectFrom('outbox')
        .select([
          sql<string>`lower(recipient)`.as('email_key'),
          'channel',
          'platform',
          'sending_at',
          'created_at',
          'idempotency_key',
        ])
        .where(sql<string>`lower(recipient)`, 'in', [...emailKeys])
        .where('status', 'in', [...touchedOutboxStatuses])
        .execute();
      for (const row of rows) {
        const contacts = byKey.get(row.email_key) ?? [];
        contacts.push({
          channel: row.channel,
          platform: row.platform ?? 'smtp',
          at: row.sending_at ?? row.created_at,
          idempotencyKey: row.idempotency_key,
        });
        byKey.set(row.email_key, contacts);
      }
      return byKey;
    },
  };
}
