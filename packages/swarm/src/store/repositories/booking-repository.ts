import type { Kysely, Selectable } from 'kysely';
import type { BookingRecord, BookingStore } from '../../ports/booking-store.js';
import type { Database } from '../schema.js';
import type { BookingRecordsTable, CalendarTables } from './calendar-tables.js';

function toRecord(row: Selectable<BookingRecordsTable>): BookingRecord {
  return {
    idempotencyKey: row.idempotency_key,
    bookingId: row.booking_id,
    hostId: row.host_id,
    start: new Date(row.starts_at).toISOString(),
    end: new Date(row.ends_at).toISOString(),
    attemptId: row.attempt_id,
    bookedAt: new Date(row.booked_at).toISOString(),
    conflictDetected: row.conflict_detected,
  };
}

/**
 * The SQL {@link BookingStore} on `booking_records` (migration 0013; specs/scheduling.md §6.7 step 2):
 * idempotency key → booking. `put` is `INSERT … ON CONFLICT DO NOTHING`, so the first record for a key
 * wins even across worker processes; `listForHost` returns bookings overlapping `[from, to)` (epoch ms)
 * so the guard counts bookings the calendar does not show yet.
 */
export function createBookingRepository(database: Kysely<Database>): Required<BookingStore> {
  const db = database.withTables<CalendarTables>();
  return {
    async get(idempotencyKey) {
      const row = await db
        .selectFrom('booking_records')
        .selectAll()
        .where('idempotency_key', '=', idempotencyKey)
        .executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },
    async put(record) {
      await db
        .insertInto('booking_records')
        .values({
          idempotency_key: record.idempotencyKey,
          booking_id: record.bookingId,
          host_id: record.hostId,
          starts_at: new Date(record.start),
          ends_at: new Date(record.end),
          attempt_id: record.attemptId,
          booked_at: new Date(record.bookedAt),
          conflict_detected: record.conflictDetected,
        })
        .onConflict((conflict) => conflict.column('idempotency_key').doNothing())
        .execute();
    },
    async listForHost(hostId, from, to) {
      const rows = await db
        .selectFrom('booking_records')
        .selectAll()
        .where('host_id', '=', hostId)
        .where('starts_at', '<', new Date(to))
        .where('ends_at', '>', new Date(from))
        .orderBy('starts_at')
        .execute();
      return rows.map(toRecord);
    },
  };
}
