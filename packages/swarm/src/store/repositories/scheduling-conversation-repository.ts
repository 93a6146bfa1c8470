import { sql, type Kysely, type Selectable } from 'kysely';
import { decodeCursor, encodeCursor } from '../../domain/keyset-cursor.js';
import type {
  SchedulingConversation,
  SchedulingConversationStatus,
  SchedulingConversationStore,
  SchedulingExchangeRecord,
} from '../../ports/scheduling-conversation-store.js';
import { toJson } from '../schema.js';
import type { SchedulingConversationsTable, SchedulingDatabase } from './scheduling-tables.js';

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

function toConversation(row: Selectable<SchedulingConversationsTable>): SchedulingConversation {
  return {
    id: row.id,
    leadId: row.lead_id,
    leadEmail: row.lead_email,
    hostId: row.host_id,
    threadKey: row.thread_key,
    prospectTimezone: row.prospect_timezone,
    timezoneConfirmed: row.timezone_confirmed,
    durationMinutes: row.duration_minutes,
    status: row.status as SchedulingConversationStatus,
    exchangeCount: row.exchange_count,
    proposals: parseJson<string[]>(row.proposals),
    outsidePreferredStreak: row.outside_preferred_streak,
    history: parseJson<SchedulingExchangeRecord[]>(row.history),
    bookingId: row.booking_id,
    meetingStart: row.meeting_start ? new Date(row.meeting_start).toISOString() : null,
    escalationReason: row.escalation_reason,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/**
 * Kysely implementation of {@link SchedulingConversationStore} over migration 0014's tables; meeting
 * events are stored in the foundation's `domain_events` (ARCHITECTURE.md "Domain events").
 */
export function createSchedulingConversationRepository(db: Kysely<SchedulingDatabase>): SchedulingConversationStore {
  return {
    async save(conversation) {
      const row = {
        id: conversation.id,
        lead_id: conversation.leadId,
        lead_email: conversation.leadEmail,
        host_id: conversation.hostId,
        thread_key: conversation.threadKey,
        prospect_timezone: conversation.prospectTimezone,
        timezone_confirmed: conversation.timezoneConfirmed,
        duration_minutes: conversation.durationMinutes,
        status: conversation.status,
        exchange_count: conversation.exchangeCount,
        proposals: toJson(conversation.proposals),
        outside_preferred_streak: conversation.outsidePreferredStreak,
        history: toJson(conversation.history),
        booking_id: conversation.bookingId,
        meeting_start: conversation.meetingStart ? new Date(conversation.meetingStart) : null,
        escalation_reason: conversation.escalationReason,
        created_at: new Date(conversation.createdAt),
        updated_at: new Date(conversation.updatedAt),
      };
      const { id: _id, created_at: _created, ...changes } = row;
      await db
        .insertInto('scheduling_conversations')
        .values(row)
        .onConflict((conflict) => conflict.column('id').doUpdateSet(changes))
        .execute();
    },
    async get(id) {
      const row = await db.selectFrom('scheduling_conversations').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toConversation(row) : undefined;
    },
    async findByBookingId(bookingId) {
      const row = await db
        .selectFrom('scheduling_conversations')
        .selectAll()
        .where('booking_id', '=', bookingId)
        .limit(1)
        .executeTakeFirst();
      return row ? toConversation(row) : undefined;
    },
    async findLatestForLead(leadId) {
      const row = await db
        .selectFrom('scheduling_conversations')
        .selectAll()
        .where('lead_id', '=', leadId)
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toConversation(row) : undefined;
    },
    async listMeetings() {
      const rows = await db
        .selectFrom('scheduling_conversations')
        .selectAll()
        .where('status', 'in', ['booked', 'cancelled'])
        .orderBy('meeting_start', 'desc')
        .execute();
      return rows.map(toConversation);
    },
    async listConversations(filter) {
      let filtered = db.selectFrom('scheduling_conversations');
      if (filter.status) filtered = filtered.where('status', '=', filter.status);
      const counted = await filtered.select((builder) => builder.fn.countAll<string>().as('total')).executeTakeFirst();
      let paged = filtered.selectAll();
      if (filter.cursor) {
        const position = decodeCursor(filter.cursor);
        paged = paged.where(
          sql<boolean>`(updated_at, id) < (${position.at.toISOString()}::timestamptz, ${position.id})`,
        );
      }
      const rows = await paged
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .limit(filter.limit + 1)
        .execute();
      const items = rows.slice(0, filter.limit).map(toConversation);
      const last = items.at(-1);
      const nextCursor =
        rows.length > filter.limit && last ? encodeCursor({ at: new Date(last.updatedAt), id: last.id }) : null;
      return { items, total: Number(counted?.total ?? 0), nextCursor };
    },
    async recordMeetingEvent(event) {
      const { type, at, ...payload } = event;
      await db
        .insertInto('domain_events')
        .values({ type, payload: toJson(payload), at: new Date(at) })
        .execute();
    },
    async recordOutcome(outcome) {
      await db
        .insertInto('scheduling_outcomes')
        .values({
          conversation_id: outcome.conversationId,
          lead_id: outcome.leadId,
          exchanges_to_book: outcome.exchangesToBook,
          accepted_start: new Date(outcome.acceptedStart),
          prospect_weekday: outcome.prospectWeekday,
          prospect_time: outcome.prospectTime,
          at: new Date(outcome.at),
        })
        .execute();
    },
  };
}
