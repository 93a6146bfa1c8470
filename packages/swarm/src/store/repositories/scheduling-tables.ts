import type { Generated, Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** `scheduling_conversations` (migration 0014): one SCHEDULER conversation per lead thread. */
export interface SchedulingConversationsTable {
  id: string;
  lead_id: string;
  lead_email: string;
  host_id: string;
  thread_key: string;
  prospect_timezone: string;
  timezone_confirmed: boolean;
  duration_minutes: number;
  status: string;
  exchange_count: number;
  /** JSON text of ISO-8601 UTC instants on write; parsed array on read. */
  proposals: unknown;
  outside_preferred_streak: number;
  history: unknown;
  booking_id: string | null;
  meeting_start: Date | null;
  escalation_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

/** `scheduling_outcomes` (migration 0014): learning observations of booked conversations. */
export interface SchedulingOutcomesTable {
  id: Generated<string>;
  conversation_id: string;
  lead_id: string;
  exchanges_to_book: number;
  accepted_start: Date;
  prospect_weekday: string;
  prospect_time: string;
  at: Date;
}

/** Migration 0014's tables, for `Kysely#$extendTables`, so `schema.ts` stays untouched. */
export type SchedulingTables = {
  scheduling_conversations: SchedulingConversationsTable;
  scheduling_outcomes: SchedulingOutcomesTable;
};

/** The foundation schema plus migration 0014's tables; only the scheduling repository uses it. */
export interface SchedulingDatabase extends Database, SchedulingTables {}

/**
 * The application database typed with the scheduling tables, for `createSchedulingConversationRepository`.
 * Types only: the same connection and queries (`$extendTables` changes no SQL).
 */
export function schedulingDatabaseOf(db: Kysely<Database>): Kysely<SchedulingDatabase> {
  return db.$extendTables<SchedulingTables>();
}
