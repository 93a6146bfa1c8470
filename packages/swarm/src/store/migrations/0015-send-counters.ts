import { sql, type Kysely } from 'kysely';

/**
 * Expands reservation rows (a transition table or `send_reservations`) into their counter buckets:
 * every reservation counts once in the deployment's minute, hour and UTC-month buckets, and in the
 * minute and hour buckets of its recipient domain and of its mailbox. `date_trunc(…, 'UTC')` keeps
 * the buckets UTC whatever the session time zone (half-hour zones would shift hour buckets).
 */
function bucketRowsOf(rowsTable: string, sign: '+' | '-'): string {
  return `SELECT bucket.scope, bucket.width, bucket.bucket_start, ${sign}count(*)::int AS count
    FROM ${rowsTable} AS reservation
    CROSS JOIN LATERAL (VALUES
      ('all', 'minute', date_trunc('minute', reservation.reserved_at, 'UTC')),
      ('all', 'hour', date_trunc('hour', reservation.reserved_at, 'UTC')),
      ('all', 'month', date_trunc('month', reservation.reserved_at, 'UTC')),
      ('domain:' || reservation.recipient_domain, 'minute', date_trunc('minute', reservation.reserved_at, 'UTC')),
      ('domain:' || reservation.recipient_domain, 'hour', date_trunc('hour', reservation.reserved_at, 'UTC')),
      ('mailbox:' || reservation.mailbox, 'minute', date_trunc('minute', reservation.reserved_at, 'UTC')),
      ('mailbox:' || reservation.mailbox, 'hour', date_trunc('hour', reservation.reserved_at, 'UTC'))
    ) AS bucket(scope, width, bucket_start)
    GROUP BY bucket.scope, bucket.width, bucket.bucket_start
    ORDER BY bucket.scope, bucket.width, bucket.bucket_start`;
}

/** Adds (or subtracts) the buckets of a set of rows; rows are upserted in key order so concurrent writers lock alike. */
function applyBuckets(rowsTable: string, sign: '+' | '-'): string {
  return `INSERT INTO send_counter_buckets AS existing (scope, width, bucket_start, count)
    ${bucketRowsOf(rowsTable, sign)}
    ON CONFLICT (scope, width, bucket_start) DO UPDATE SET count = existing.count + excluded.count;`;
}

/** The 0015 batch-count function; migration 0020 drops it and its `down` restores it from here. */
export const sendReservationCountsFunction = `CREATE FUNCTION send_reservation_counts(keys text[], month_starts timestamptz[], day_start timestamptz,
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

const statements: readonly string[] = [
  `CREATE TABLE send_counter_buckets (
    scope text NOT NULL,
    width text NOT NULL CHECK (width IN ('minute', 'hour', 'month')),
    bucket_start timestamptz NOT NULL,
    count integer NOT NULL,
    PRIMARY KEY (scope, width, bucket_start)
  )`,
  `CREATE INDEX send_reservations_domain ON send_reservations (recipient_domain, reserved_at)`,
  `CREATE FUNCTION send_counter_buckets_added() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    ${applyBuckets('added_rows', '+')}
    RETURN NULL;
  END $$`,
  `CREATE FUNCTION send_counter_buckets_removed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    ${applyBuckets('removed_rows', '-')}
    RETURN NULL;
  END $$`,
  `CREATE FUNCTION send_counter_buckets_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    ${applyBuckets('removed_rows', '-')}
    ${applyBuckets('added_rows', '+')}
    RETURN NULL;
  END $$`,
  `CREATE TRIGGER send_counter_buckets_on_insert AFTER INSERT ON send_reservations
    REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION send_counter_buckets_added()`,
  `CREATE TRIGGER send_counter_buckets_on_delete AFTER DELETE ON send_reservations
    REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION send_counter_buckets_removed()`,
  `CREATE TRIGGER send_counter_buckets_on_update AFTER UPDATE ON send_reservations
    REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows
    FOR EACH STATEMENT EXECUTE FUNCTION send_counter_buckets_changed()`,
  `CREATE FUNCTION send_reservations_after(scopes text[], window_start timestamptz)
  RETURNS TABLE (counted_scope text, counted bigint) LANGUAGE plpgsql STABLE AS $$
  DECLARE
    raw_until timestamptz := date_trunc('minute', window_start, 'UTC') + interval '1 minute';
    hours_from timestamptz := date_trunc('hour', raw_until - interval '1 microsecond', 'UTC') + interval '1 hour';
  BEGIN
    RETURN QUERY SELECT parts.scope, sum(parts.amount)::bigint FROM (
        SELECT bucket.scope, bucket.count AS amount FROM send_counter_buckets AS bucket
          WHERE bucket.scope = ANY(scopes) AND bucket.width = 'minute'
            AND bucket.bucket_start >= raw_until AND bucket.bucket_start < hours_from
        UNION ALL SELECT bucket.scope, bucket.count FROM send_counter_buckets AS bucket
          WHERE bucket.scope = ANY(scopes) AND bucket.width = 'hour' AND bucket.bucket_start >= hours_from
        UNION ALL SELECT expanded.scope, 1 FROM send_reservations AS reservation
          CROSS JOIN LATERAL (VALUES ('all'), ('domain:' || reservation.recipient_domain),
            ('mailbox:' || reservation.mailbox)) AS expanded(scope)
          WHERE reservation.reserved_at > window_start AND reservation.reserved_at < raw_until
            AND expanded.scope = ANY(scopes)
      ) AS parts GROUP BY parts.scope;
  END $$`,
  sendReservationCountsFunction,
  applyBuckets('send_reservations', '+'),
];

/**
 * Send counters (issue 4 benchmark, SPEC §3.7, EM-7): per-minute, per-hour and per-UTC-month
 * reservation counts for the deployment (`all`), each recipient domain (`domain:<d>`) and each
 * mailbox (`mailbox:<m>`), so a cap check sums a bounded number of buckets instead of scanning every
 * reservation in a 24 h or month window. Statement-level triggers keep the buckets in the same
 * transaction as every insert, delete (release, erasure) or update of `send_reservations`, so they
 * can never drift from the rows; existing rows are backfilled here. `send_reservations_after(scopes,
 * window_start)` counts every reservation dated after `window_start` per scope — raw rows in the
 * partial first minute, minute buckets up to the next whole hour, hour buckets from there on (also
 * future-dated ones) — and `send_reservation_counts(…)` returns everything one reservation batch
 * reads; both are plpgsql so their plans are cached per connection (planning dominated the cost).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'DROP TRIGGER IF EXISTS send_counter_buckets_on_insert ON send_reservations',
    'DROP TRIGGER IF EXISTS send_counter_buckets_on_delete ON send_reservations',
    'DROP TRIGGER IF EXISTS send_counter_buckets_on_update ON send_reservations',
    'DROP FUNCTION IF EXISTS send_counter_buckets_added()',
    'DROP FUNCTION IF EXISTS send_counter_buckets_removed()',
    'DROP FUNCTION IF EXISTS send_counter_buckets_changed()',
    'DROP FUNCTION IF EXISTS send_reservation_counts(text[], timestamptz[], timestamptz, timestamptz, text[], text[], timestamptz, timestamptz)',
    'DROP FUNCTION IF EXISTS send_reservations_after(text[], timestamptz)',
    'DROP INDEX IF EXISTS send_reservations_domain',
    'DROP TABLE IF EXISTS send_counter_buckets',
  ])
    await sql.raw(statement).execute(db);
}
