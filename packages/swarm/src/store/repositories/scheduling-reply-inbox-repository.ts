import { sql, type Kysely } from 'kysely';
import {
  meetingChangeActionTaken,
  type BookedMeetingChange,
  type SchedulingReplyCandidate,
  type SchedulingReplyClaim,
  type SchedulingReplyInbox,
} from '../../ports/scheduling-reply-inbox.js';
import type { Database } from '../schema.js';
import type { SchedulingDispatchTables } from './scheduling-dispatch-tables.js';

/** The domain event inbound reply routing stores for a scheduling reply (`execute-reply-route.ts`). */
const schedulingRequestedType = 'scheduling-requested';

/**
 * Routed replies in a thread with an awaiting conversation that are not answers: our own side (routing
 * pauses the thread instead), bounces, auto-replies and opt-outs, and rejections (routing marks the lead
 * not interested; proposing new times to a "no" would be wrong).
 */
const ignoredAnswerIntents = ['bounce', 'out_of_office', 'unsubscribe_request', 'rejection'];
const ignoredAnswerActions = ['thread_paused', 'ignored_own_message'];

/** The change each action taken of a reply asking to move or cancel the thread's booked meeting stands for. */
const changeOfAction = new Map<string, BookedMeetingChange>([
  [meetingChangeActionTaken.reschedule, 'reschedule'],
  [meetingChangeActionTaken.cancel, 'cancel'],
]);

interface CandidateRow {
  reply_id: string;
  kind: 'request' | 'answer';
  lead_id: string;
  thread_key: string | null;
  visible_text: string;
  conversation_id: string | null;
  /** The `scheduling-requested` event's payload (jsonb, parsed by the driver); null for answers. */
  payload: Record<string, unknown> | null;
  /** The reply's action taken when it asks to change a booked meeting, else null. */
  change_action: string | null;
  stored_at: Date | string;
  received_at: Date | string;
}

function toCandidate(row: CandidateRow): SchedulingReplyCandidate {
  const payload = row.payload ?? {};
  const timezone = typeof payload['timezone'] === 'string' ? payload['timezone'] : undefined;
  const proposed = Array.isArray(payload['proposedTimes'])
    ? payload['proposedTimes'].filter((time): time is string => typeof time === 'string')
    : undefined;
  const change = row.change_action === null ? undefined : changeOfAction.get(row.change_action);
  return {
    replyId: row.reply_id,
    kind: row.kind,
    leadId: row.lead_id,
    threadKey: row.thread_key,
    visibleText: row.visible_text,
    awaitingConversationId: row.conversation_id,
    ...(change ? { change } : {}),
    ...(timezone ? { timezone } : {}),
    ...(proposed && proposed.length > 0 ? { proposedTimes: proposed } : {}),
    storedAt: new Date(row.stored_at),
    receivedAt: new Date(row.received_at),
  };
}

/**
 * Kysely implementation of {@link SchedulingReplyInbox}: candidates come from `domain_events`
 * (`scheduling-requested`, joined to `inbound_replies` for the text) and from `inbound_replies` joined to
 * awaiting `scheduling_conversations` on lead and thread; migration 0018's `scheduling_reply_dispatches` is
 * the consumption ledger, claimed with one upsert so two workers never both hold a reply.
 */
export function createSchedulingReplyInboxRepository(database: Kysely<Database>): SchedulingReplyInbox {
  const db = database.$extendTables<SchedulingDispatchTables>();
  return {
    async pending({ since, staleBefore, maximumAttempts, limit }) {
      const open = (alias: string) => sql`(
        ${sql.ref(`${alias}.reply_id`)} IS NULL
        OR (${sql.ref(`${alias}.status`)} = 'failed' AND ${sql.ref(`${alias}.attempts`)} < ${maximumAttempts})
        OR (${sql.ref(`${alias}.status`)} = 'claimed' AND ${sql.ref(`${alias}.claimed_at`)} < ${staleBefore}))`;
      const awaiting = sql`(
        SELECT c.id FROM scheduling_conversations c
        WHERE c.lead_id = r.lead_id::text AND c.thread_key = r.thread_key AND c.status = 'awaiting-reply'
        ORDER BY c.created_at DESC LIMIT 1)`;
      const result = await sql<CandidateRow>`
        SELECT * FROM (
          SELECT DISTINCT ON (r.id) r.id::text AS reply_id, 'request' AS kind, r.lead_id::text AS lead_id,
            r.thread_key, r.visible_text, ${awaiting} AS conversation_id, e.payload,
            NULL::text AS change_action, r.created_at AS stored_at,
            r.received_at
          FROM domain_events e
          JOIN inbound_replies r ON r.id::text = e.payload->>'replyId'
          LEFT JOIN scheduling_reply_dispatches d ON d.reply_id = r.id::text
          WHERE e.type = ${schedulingRequestedType} AND e.at >= ${since} AND r.lead_id IS NOT NULL AND ${open('d')}
          UNION ALL
          SELECT r.id::text, 'answer', r.lead_id::text, r.thread_key, r.visible_text, c.id, NULL, NULL, r.created_at,
            r.received_at
          FROM inbound_replies r
          JOIN scheduling_conversations c
            ON c.lead_id = r.lead_id::text AND c.thread_key = r.thread_key AND c.status = 'awaiting-reply'
          LEFT JOIN scheduling_reply_dispatches d ON d.reply_id = r.id::text
          WHERE r.routed_at IS NOT NULL
            AND r.intent NOT IN (${sql.join(ignoredAnswerIntents)})
            AND coalesce(r.action_taken, '') NOT IN (${sql.join(ignoredAnswerActions)})
            AND NOT EXISTS (
              SELECT 1 FROM domain_events e
              WHERE e.type = ${schedulingRequestedType} AND e.payload->>'replyId' = r.id::text)
            AND ${open('d')}
          UNION ALL
          SELECT r.id::text, 'answer', r.lead_id::text, r.thread_key, r.visible_text, c.id, NULL, r.action_taken,
            r.created_at, r.received_at
          FROM inbound_replies r
          JOIN scheduling_conversations c
            ON c.lead_id = r.lead_id::text AND c.thread_key = r.thread_key AND c.status = 'booked'
          LEFT JOIN scheduling_reply_dispatches d ON d.reply_id = r.id::text
          WHERE r.routed_at IS NOT NULL
            AND r.action_taken IN (${sql.join([...changeOfAction.keys()])})
            AND ${open('d')}
        ) candidates
        ORDER BY stored_at, reply_id
        LIMIT ${limit}`.execute(db);
      return result.rows.map(toCandidate);
    },

    async claim(replyId, kind, at, { staleBefore, maximumAttempts }): Promise<SchedulingReplyClaim | null> {
      const row = await db
        .insertInto('scheduling_reply_dispatches')
        .values({
          reply_id: replyId,
          kind,
          status: 'claimed',
          attempts: 1,
          first_claimed_at: at,
          claimed_at: at,
        })
        .onConflict((conflict) =>
          conflict
            .column('reply_id')
            .doUpdateSet({
              status: 'claimed',
              claimed_at: at,
              attempts: sql<number>`scheduling_reply_dispatches.attempts + 1`,
            })
            .where((where) =>
              where.or([
                where.and([
                  where('scheduling_reply_dispatches.status', '=', 'failed'),
                  where('scheduling_reply_dispatches.attempts', '<', maximumAttempts),
                ]),
                where.and([
                  where('scheduling_reply_dispatches.status', '=', 'claimed'),
                  where('scheduling_reply_dispatches.claimed_at', '<', staleBefore),
                ]),
              ]),
            ),
        )
        .returning(['attempts', 'first_claimed_at'])
        .executeTakeFirst();
      return row ? { attempts: row.attempts, firstClaimedAt: new Date(row.first_claimed_at) } : null;
    },

    async complete(replyId, { outcome, conversationId, at }) {
      await db
        .updateTable('scheduling_reply_dispatches')
        .set({ status: 'done', outcome, conversation_id: conversationId, error: null, finished_at: at })
        .where('reply_id', '=', replyId)
        .execute();
    },

    async fail(replyId, error, at) {
      await db
        .updateTable('scheduling_reply_dispatches')
        .set({ status: 'failed', error: error.slice(0, 2000), finished_at: at })
        .where('reply_id', '=', replyId)
        .execute();
    },

    async supersedeThread(leadId, threadKey, at) {
      await sql`
        INSERT INTO scheduling_reply_dispatches
          (reply_id, kind, status, attempts, first_claimed_at, claimed_at, outcome, finished_at)
        SELECT r.id::text, 'answer', 'superseded', 0, ${at}, ${at}, 'a new conversation started in the thread', ${at}
        FROM inbound_replies r
        WHERE r.lead_id::text = ${leadId} AND r.thread_key = ${threadKey}
        ON CONFLICT (reply_id) DO NOTHING`.execute(db);
    },
  };
}
