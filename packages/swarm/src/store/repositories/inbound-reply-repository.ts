import type { Kysely, Selectable } from 'kysely';
import type { InboundReplyRecord, InboundReplyStore, ThreadOwner } from '../../ports/inbound-reply-store.js';
import type { Database } from '../schema.js';
import { toJson } from '../schema.js';
import type { InboundRepliesTable } from './inbox-tables.js';

function fromRow(row: Selectable<InboundRepliesTable>): InboundReplyRecord {
  return {
    id: row.id,
    dedupeKey: row.dedupe_key,
    messageId: row.message_id,
    mailbox: row.mailbox,
    uid: Number(row.uid),
    threadKey: row.thread_key,
    parentId: row.parent_id,
    threadingMethod: row.threading_method,
    threadingConfidence: row.threading_confidence,
    outboxId: row.outbox_id,
    leadId: row.lead_id,
    fromAddress: row.from_address,
    subject: row.subject,
    receivedAt: row.received_at,
    visibleText: row.visible_text,
    intent: row.intent,
    confidence: row.confidence,
    secondaryIntent: row.secondary_intent,
    extracted: row.extracted,
    needsReview: row.needs_review,
    actionTaken: row.action_taken,
    actions: row.actions as object[],
    routedAt: row.routed_at,
  };
}

/** Kysely implementation of {@link InboundReplyStore} over `inbound_replies` and `outbox` (migration 0010). */
export function createInboundReplyRepository(db: Kysely<Database>): InboundReplyStore {
  const findByDedupeKey = async (dedupeKey: string): Promise<InboundReplyRecord | null> => {
    const row = await db
      .selectFrom('inbound_replies')
      .selectAll()
      .where('dedupe_key', '=', dedupeKey)
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  };
  return {
    findByDedupeKey,
    async insertOnce(record) {
      const inserted = await db
        .insertInto('inbound_replies')
        .values({
          id: record.id,
          dedupe_key: record.dedupeKey,
          message_id: record.messageId,
          mailbox: record.mailbox,
          uid: record.uid,
          thread_key: record.threadKey,
          parent_id: record.parentId,
          threading_method: record.threadingMethod,
          threading_confidence: record.threadingConfidence,
          outbox_id: record.outboxId,
          lead_id: record.leadId,
          from_address: record.fromAddress,
          subject: record.subject,
          received_at: record.receivedAt,
          visible_text: record.visibleText,
          intent: record.intent,
          confidence: record.confidence,
          secondary_intent: record.secondaryIntent,
          extracted: toJson(record.extracted),
          needs_review: record.needsReview,
          action_taken: record.actionTaken,
          actions: toJson(record.actions),
          routed_at: record.routedAt,
        })
        .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return { reply: fromRow(inserted), inserted: true };
      const existing = await findByDedupeKey(record.dedupeKey);
      if (!existing) throw new Error(`inbound reply ${record.dedupeKey} vanished between insert and read`);
      return { reply: existing, inserted: false };
    },
    async markRouted(id, actionTaken, at) {
      await db
        .updateTable('inbound_replies')
        .set({ action_taken: actionTaken, routed_at: at })
        .where('id', '=', id)
        .execute();
    },
    async findThreadOwner(link): Promise<ThreadOwner | null> {
      if (link.parentId !== null) {
        const variants = [link.parentId, link.parentId.replace(/^<|>$/g, '')];
        const byParent = await db
          .selectFrom('outbox')
          .select(['id', 'lead_id'])
          .where((where) => where.or([where('message_id', 'in', variants), where('wire_message_id', 'in', variants)]))
          .orderBy('created_at', 'desc')
          .executeTakeFirst();
        if (byParent) return { outboxId: byParent.id, leadId: byParent.lead_id };
      }
      if (link.threadKey === null) return null;
      const byThread = await db
        .selectFrom('outbox')
        .select(['id', 'lead_id'])
        .where('thread_key', '=', link.threadKey)
        .orderBy('sequence_step', 'desc')
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      return byThread ? { outboxId: byThread.id, leadId: byThread.lead_id } : null;
    },
  };
}
