import type { ColumnType, JSONColumnType } from 'kysely';

/** `calendar_events` (migration 0013): one embedded-calendar event of a host. */
export interface CalendarEventsTable {
  host_id: string;
  id: ColumnType<string, string | undefined, never>;
  starts_at: Date;
  ends_at: Date;
  title: string;
  status: string;
  transparency: string;
  details: JSONColumnType<Record<string, unknown>, string, string>;
  created_at: ColumnType<Date, Date | undefined, never>;
}

/** `booking_records` (migration 0013): idempotency key → confirmed booking (specs/scheduling.md §6.7 step 2). */
export interface BookingRecordsTable {
  idempotency_key: string;
  booking_id: string;
  host_id: string;
  starts_at: Date;
  ends_at: Date;
  attempt_id: string;
  booked_at: Date;
  conflict_detected: boolean;
}

/** Migration 0013's tables, for `Kysely#withTables`, so `schema.ts` stays untouched. */
export type CalendarTables = {
  calendar_events: CalendarEventsTable;
  booking_records: BookingRecordsTable;
};
