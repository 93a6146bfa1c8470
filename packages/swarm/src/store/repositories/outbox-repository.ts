import type { Kysely, Selectable } from 'kysely';
import type { OutboxMessage, OutboxRepository } from '../../ports/pipeline-store.js';
import { chunked } from '../batching.js';
import type { Database, OutboxTable } from '../schema.js';
import { toJson } from '../schema.js';

/** Kysely implementation of {@link OutboxRepository}: the idempotency key makes a second write a no-op. */
export function createOutboxRepository(db: Kysely<Database>): OutboxRepository {
  return {
    async insertMany(messages: readonly OutboxMessage[]): Promise<Set<string>> {
      const inserted = new Set<string>();
      for (const chunk of chunked(messages, 200)) {
        const rows = await db
          .insertInto('outbox')
          .values(
            chunk.map((message) => ({
              id: message.id,
              idempotency_key: message.idempotencyKey,
              message_id: message.messageId,
              wire_message_id: message.wireMessageId,
              thread_key: message.threadKey,
              sequence_step: message.sequenceStep,
              in_reply_to: message.inReplyTo,
              references: toJson(message.references),
              lead_id: message.leadId,
              draft_id: message.draftId,
              mailbox: message.mailbox,
              recipient: message.recipient,
              subject: message.subject,
              channel: message.channel,
              status: message.status,
              raw: message.raw,
            })),
          )
          .onConflict((conflict) => conflict.column('idempotency_key').doNothing())
          .returning('idempotency_key')
          .execute();
        for (const row of rows) inserted.add(row.idempotency_key);
      }
      return inserted;
    },

    async existingKeys(keys: readonly string[]): Promise<Set<string>> {
      const found = new Set<string>();
      for (const chunk of chunked(keys, 5000)) {
        if (chunk.length === 0) continue;
        const rows = await db
          .selectFrom('outbox')
          .select('idempotency_key')
          .where('idempotency_key', 'in', chunk)
          .execute();
        for (const row of rows) found.add(row.idempotency_key);
      }
      return found;
    },

    async list(filter: { leadId?: string; limit: number }): Promise<OutboxMessage[]> {
      let query = db.selectFrom('outbox').selectAll();
      if (filter.leadId) query = query.where('lead_id', '=', filter.leadId);
      const rows = await query.orderBy('created_at').orderBy('id').limit(filter.limit).execute();
      return rows.map(outboxMessageFromRow);
    },
  };
}

/** Maps an `outbox` row to an {@link OutboxMessage}. */
export function outboxMessageFromRow(row: Selectable<OutboxTable>): OutboxMessage {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    messageId: row.message_id,
    wireMessageId: row.wire_message_id,
    threadKey: row.thread_key,
    sequenceStep: row.sequence_step,
    inReplyTo: row.in_reply_to,
    references: row.references,
    leadId: row.lead_id,
    draftId: row.draft_id,
    mailbox: row.mailbox,
    recipient: row.recipient,
    subject: row.subject,
    channel: row.channel as OutboxMessage['channel'],
    status: row.status as OutboxMessage['status'],
    raw: row.raw,
  };
}
