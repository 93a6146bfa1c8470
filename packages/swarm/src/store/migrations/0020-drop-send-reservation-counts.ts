import { sql, type Kysely } from 'kysely';

/**
 * Drops `send_reservation_counts(…)` (migration 0015): the counts of a TypeScript batch reservation,
 * unused since `reserve_send` (migration 0019) does the whole reservation in one statement for both
 * `SendLedger.reserve` and `reserveMany`. `down` restores it as 0015 created it.
 */
const recreateFunction = `CREATE FUNCTION send_reservation_counts(keys text[], month_starts timestamptz[], day_start timestamptz,
    hour_start timestamptz, domain_scopes text[], mailbox_scopes text[], spacing_from timestamptz,
    spacing_to timestamptz)
  RETURNS TABLE (out_kind text, out_key text, out_value text, out_first float8)
  LANGUAGE plpgsql STABLE AS $$
  BEGIN
    RETURN QUERY SELECT 'replay'::text, reservation.idempotency_key, reservation.id::text || ' ' || reservation.mailbox,
        NULL::float8
      FROM send_reservations AS reservation WHERE reservation.idempotency_key = ANY(keys);
    RETURN QUERY SELECT 'month'::text, (extract(epoch FROM month_row.month_start) * 1000)::bigint::text, NULL::text,
        coalesce((SELECT sum(bucket.count) FROM send_counter_buckets AS bucket
          WHERE bucket.scope = 'all' AND bucket.width = 'month' AND bucket.bucket_start = month_row.month_start), 0)::float8
      FROM unnest(month_starts) AS month_row(month_start);
    RETURN QUERY SELECT 'day'::text, counted.counted_scope, NULL::text, counted.counted::float8
      FROM send_reservations_after(ARRAY['all'] || mailbox_scopes, day_start) AS counted;
    RETURN QUERY SELECT 'hour'::text, counted.counted_scope, NULL::text, counted.counted::float8
      FROM send_reservations_after(ARRAY['all'] || domain_scopes, hour_start) AS counted;
    RETURN QUERY SELECT 'spacing'::text, NULL::text,
        string_agg(reservation.mailbox || ' ' || ((extract(epoch FROM reservation.reserved_at) * 1000)::float8)::text, E'\\n'),
        NULL::float8
      FROM send_reservations AS reservation
      WHERE reservation.reserved_at > spacing_from AND reservation.reserved_at < spacing_to;
  END $$`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      'DROP FUNCTION IF EXISTS send_reservation_counts(text[], timestamptz[], timestamptz, timestamptz, text[], text[], timestamptz, timestamptz)',
    )
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(recreateFunction).execute(db);
}
