import { sql, type Kysely, type Selectable } from 'kysely';
import type { Clock } from '../../ports/clock.js';
import type { OutboxKnownMessage, OutboxLedgerRecord, ThreadLedgerStore } from '../../ports/thread-ledger-store.js';
import type { Database, OutboxTable } from '../schema.js';

/** Options of {@link createStoreThreadLedger}. */
export interface StoreThreadLedgerOptions {
  /** Our sending mailboxes (outbound mailboxes, `sender.email`, polled IMAP users). */
  ourAddresses: readonly string[];
  clock: Clock;
  /**
   * How far back `listOutbound` looks, in days. Default 365: the widest fallback window the threading
   * slice uses (forwarded blocks, 365 days; subject fallback 90; participants 30).
   */
  windowDays?: number;
  /** Cap on rows `listOutbound` returns (newest first). Default 5000, bounding memory per message. */
  maxOutbound?: number;
}

const dayMs = 86_400_000;

function bare(address: string): string {
  const bracketed = /<([^<>@\s]+@[^<>\s]+)>/.exec(address);
  if (bracketed) return (bracketed[1] ?? '').toLowerCase();
  const plain = /[^\s<>"',;:]+@[^\s<>"',;:]+/.exec(address);
  return plain ? plain[0].toLowerCase() : address.trim().toLowerCase();
}

/** `<id>` with whitespace removed; a bare `local@domain` gains brackets (threading spec §3.1). */
function normalise(value: string): string | null {
  const compact = value.replace(/\s+/g, '');
  if (compact === '') return null;
  const bracketed = /<[^<>]+>/.exec(compact);
  if (bracketed) return bracketed[0];
  return compact.includes('@') ? `<${compact.replace(/^<|>$/g, '')}>` : null;
}

function toRecord(row: Selectable<OutboxTable>): OutboxLedgerRecord {
  const sentAt = row.sent_at ?? row.created_at;
  const references = row.references.map((id) => normalise(id)).filter((id): id is string => id !== null);
  const wire = row.wire_message_id === null ? null : normalise(row.wire_message_id);
  const inReplyTo = row.in_reply_to === null ? null : normalise(row.in_reply_to);
  return {
    messageId: normalise(row.message_id) ?? row.message_id,
    ...(wire ? { wireMessageId: wire } : {}),
    from: row.mailbox,
    to: row.recipient,
    subject: row.subject,
    date: sentAt.toISOString(),
    sequenceStep: row.sequence_step,
    ...(inReplyTo ? { inReplyTo } : {}),
    ...(references.length > 0 ? { references } : {}),
    threadKey: normalise(row.thread_key) ?? row.thread_key,
    recipientAddress: bare(row.recipient),
    sentAt,
  };
}

/**
 * The production thread ledger (threading spec §3.1; ARCHITECTURE.md "Outbox = thread ledger") over the
 * `outbox` table and `thread_inbound_messages`: an id resolves through `outbox.message_id` (canonical),
 * `outbox.wire_message_id` (an ESP's alias, stored bracketed or bare) or an inbound id recorded earlier;
 * `threadKey` is the outbox row's `thread_key` (the root's canonical id). Pass it to `resolveThread`.
 */
export function createStoreThreadLedger(db: Kysely<Database>, options: StoreThreadLedgerOptions): ThreadLedgerStore {
  const ours = new Set(options.ourAddresses.map((address) => bare(address)));
  const windowMs = (options.windowDays ?? 365) * dayMs;
  const maxOutbound = options.maxOutbound ?? 5000;
  const findOutbound = async (id: string): Promise<Selectable<OutboxTable> | undefined> => {
    const variants = [id, id.slice(1, -1)];
    return (
      (await db.selectFrom('outbox').selectAll().where('message_id', 'in', variants).executeTakeFirst()) ??
      (await db
        .selectFrom('outbox')
        .selectAll()
        .where('wire_message_id', 'in', variants)
        .orderBy('created_at')
        .executeTakeFirst())
    );
  };
  return {
    isOurAddress: (address) => ours.has(bare(address)),
    async findMessage(messageId): Promise<OutboxKnownMessage | null> {
      const id = normalise(messageId);
      if (id === null) return null;
      const row = await findOutbound(id);
      if (row) {
        const record = toRecord(row);
        return { messageId: record.messageId, threadKey: record.threadKey, outbound: record };
      }
      const inbound = await db
        .selectFrom('thread_inbound_messages')
        .select(['message_id', 'thread_key'])
        .where('message_id', '=', id)
        .executeTakeFirst();
      return inbound ? { messageId: inbound.message_id, threadKey: inbound.thread_key, outbound: null } : null;
    },
    async listOutbound(): Promise<OutboxLedgerRecord[]> {
      const since = new Date(options.clock.now().getTime() - windowMs);
      const rows = await db
        .selectFrom('outbox')
        .selectAll()
        .where(sql<Date>`coalesce(sent_at, created_at)`, '>=', since)
        .orderBy(sql`coalesce(sent_at, created_at)`, 'desc')
        .limit(maxOutbound)
        .execute();
      return rows.map(toRecord);
    },
    async recordInbound(messageId, threadKey): Promise<void> {
      const id = normalise(messageId);
      if (id === null || (await findOutbound(id))) return;
      await db
        .insertInto('thread_inbound_messages')
        .values({ message_id: id, thread_key: threadKey })
        .onConflict((conflict) => conflict.column('message_id').doNothing())
        .execute();
    },
  };
}
