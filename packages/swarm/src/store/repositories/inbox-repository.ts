import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Clock } from '../../ports/clock.js';
import type { InboxFilter, InboxReply, InboxStore } from '../../ports/inbox-store.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { Database } from '../schema.js';
import { createAuditRepository } from './audit-repository.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface InboxRow {
  id: string;
  lead_id: string | null;
  lead_email: string | null;
  thread_key: string | null;
  message_id: string | null;
  received_at: Date | string;
  visible_text: string;
  intent: string;
  confidence: number | string;
  action_taken: string | null;
  needs_review: boolean;
  override_intent: string | null;
  override_by: string | null;
  override_at: Date | string | null;
}

const selectReplies = sql`
  SELECT r.id::text AS id, r.lead_id::text AS lead_id, l.email AS lead_email, r.thread_key, r.message_id,
    r.received_at, r.visible_text, r.intent, r.confidence, r.action_taken, r.needs_review,
    r.override_intent, r.override_by, r.override_at
  FROM inbound_replies r LEFT JOIN leads l ON l.id = r.lead_id`;

function replyFromRow(row: InboxRow): InboxReply {
  const override =
    row.override_intent && row.override_by && row.override_at
      ? { intent: row.override_intent, by: row.override_by, at: new Date(row.override_at) }
      : null;
  return {
    id: row.id,
    leadId: row.lead_id,
    leadEmail: row.lead_email,
    threadKey: row.thread_key,
    messageId: row.message_id,
    receivedAt: new Date(row.received_at),
    visibleText: row.visible_text,
    intent: override?.intent ?? row.intent,
    classifiedIntent: row.intent,
    // real columns come back as float4; round away the binary noise (0.8999999762 → 0.9).
    confidence: Math.round(Number(row.confidence) * 1e4) / 1e4,
    actionTaken: row.action_taken,
    needsReview: row.needs_review,
    override,
  };
}

function filterConditions(filter: Omit<InboxFilter, 'limit'>): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [];
  // The effective intent is the override when present; the OR keeps the (intent, received_at) index usable.
  if (filter.intent)
    conditions.push(
      sql`(r.override_intent = ${filter.intent} OR (r.override_intent IS NULL AND r.intent = ${filter.intent}))`,
    );
  if (filter.needsReview !== undefined) conditions.push(sql`r.needs_review = ${filter.needsReview}`);
  return conditions;
}

function whereAll(conditions: readonly RawBuilder<unknown>[]): RawBuilder<unknown> {
  return conditions.length === 0 ? sql`` : sql`WHERE ${sql.join(conditions, sql` AND `)}`;
}

/**
 * The SQL {@link InboxStore} over `inbound_replies` (migration 0010) joined to `leads` for the address.
 * Pages are newest first, keyset on `(received_at, id)` descending; an override is audited
 * (`override_reply_intent`, GATEKEEPER, outcome `decided`) in the same transaction as the update.
 */
export function createInboxRepository(db: Kysely<Database>, options: { clock: Clock }): InboxStore {
  async function findById(executor: Kysely<Database>, id: string): Promise<InboxReply | null> {
    if (!uuidPattern.test(id)) return null;
    const result = await sql<InboxRow>`${selectReplies} WHERE r.id = ${id}::uuid`.execute(executor);
    const row = result.rows[0];
    return row ? replyFromRow(row) : null;
  }

  return {
    async list(filter) {
      const conditions = filterConditions(filter);
      const counted = await sql<{ total: number }>`
        SELECT count(*)::int AS total FROM inbound_replies r ${whereAll(conditions)}`.execute(db);
      const paged = [...conditions];
      if (filter.cursor) {
        const position = decodeCursor(filter.cursor);
        paged.push(sql`(r.received_at, r.id) < (${position.at.toISOString()}::timestamptz, ${position.id}::uuid)`);
      }
      const result = await sql<InboxRow>`${selectReplies} ${whereAll(paged)}
        ORDER BY r.received_at DESC, r.id DESC LIMIT ${filter.limit + 1}`.execute(db);
      const items = result.rows.slice(0, filter.limit).map(replyFromRow);
      const last = items.at(-1);
      const nextCursor =
        result.rows.length > filter.limit && last ? encodeCursor({ at: last.receivedAt, id: last.id }) : null;
      return { items, total: counted.rows[0]?.total ?? 0, nextCursor };
    },

    findById: (id) => findById(db, id),

    async override(id, intent, actor) {
      if (!uuidPattern.test(id)) return null;
      const at = options.clock.now();
      return db.transaction().execute(async (transaction) => {
        const before = await findById(transaction, id);
        if (!before) return null;
        await sql`
          UPDATE inbound_replies SET override_intent = ${intent}, override_by = ${actor},
            override_at = ${at.toISOString()}::timestamptz, needs_review = false
          WHERE id = ${id}::uuid`.execute(transaction);
        await createAuditRepository(transaction).record([
          {
            at,
            agent: 'GATEKEEPER',
            action: 'override_reply_intent',
            target: `reply:${id}`,
            actor,
            inputSummary: `${before.intent} (confidence ${before.confidence})`,
            outputSummary: `${before.intent} → ${intent}`,
            approvalStatus: null,
            evidence: [],
            durationMs: 0,
            outcome: 'decided',
            reasonCode: null,
            idempotencyKey: null,
            runId: null,
          },
        ]);
        return findById(transaction, id);
      });
    },
  };
}
