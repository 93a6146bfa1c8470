import { sql, type Kysely } from 'kysely';
import { sendReservationCountsFunction } from './0015-send-counters.js';

/**
 * Drops `send_reservation_counts(…)` (migration 0015): the counts of a TypeScript batch reservation,
 * unused since `reserve_send` (migration 0019) does the whole reservation in one statement for both
 * `SendLedger.reserve` and `reserveMany`. `down` restores it as 0015 created it.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      'DROP FUNCTION IF EXISTS send_reservation_counts(text[], timestamptz[], timestamptz, timestamptz, text[], text[], timestamptz, timestamptz)',
    )
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(sendReservationCountsFunction).execute(db);
}
