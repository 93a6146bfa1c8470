import { sql, type Kysely } from 'kysely';

/**
 * `reserve_send(…)`: one send's whole EM-7 reservation as ONE statement (issue 4 benchmark). In the
 * statement's own transaction it takes the send-reservation advisory lock, replays an existing
 * reservation of the idempotency key, checks the deployment caps (calendar month, rolling day, ramp,
 * rolling hour, recipient domain's hour — read from the counter buckets of migration 0015), then walks
 * the candidate mailboxes in preference order (spacing on both sides of the instant, rolling 24 h cap)
 * and inserts the reservation for the first that fits; the insert trigger updates the buckets in the
 * same transaction. The rules and their order are `pickMailboxWithinCaps` / `firstExceededSendCap` of
 * `domain/send-caps.ts` exactly; it answers `(status, reservation_id, mailbox, reason_code, replayed)`.
 * One round trip instead of BEGIN, lock, counts, insert, COMMIT: the lock is held for far less time.
 */
const createFunction = `CREATE FUNCTION reserve_send(
    lock_key bigint, p_key text, p_mailboxes text[], p_domain text, p_at timestamptz,
    cap_monthly int, cap_daily int, cap_ramp_daily int, cap_hourly int, cap_domain_hourly int,
    cap_spacing_seconds int, cap_mailbox_daily int)
  RETURNS TABLE (out_status text, out_reservation_id uuid, out_mailbox text, out_reason_code text, out_replayed boolean)
  LANGUAGE plpgsql VOLATILE AS $$
  DECLARE
    existing record;
    month_count bigint;
    day_count bigint;
    hour_count bigint;
    domain_count bigint;
    candidate text;
    first_refusal text := NULL;
    spacing interval := make_interval(secs => cap_spacing_seconds);
    new_id uuid;
  BEGIN
    PERFORM pg_advisory_xact_lock(lock_key);
    SELECT reservation.id, reservation.mailbox INTO existing FROM send_reservations AS reservation
      WHERE reservation.idempotency_key = p_key;
    IF FOUND THEN
      RETURN QUERY SELECT 'reserved'::text, existing.id, existing.mailbox, NULL::text, true;
      RETURN;
    END IF;
    SELECT coalesce(sum(bucket.count), 0) INTO month_count FROM send_counter_buckets AS bucket
      WHERE bucket.scope = 'all' AND bucket.width = 'month'
        AND bucket.bucket_start = date_trunc('month', p_at, 'UTC');
    SELECT coalesce(sum(counted.counted), 0) INTO day_count
      FROM send_reservations_after(ARRAY['all'], p_at - interval '24 hours') AS counted;
    SELECT coalesce(sum(counted.counted) FILTER (WHERE counted.counted_scope = 'all'), 0),
           coalesce(sum(counted.counted) FILTER (WHERE counted.counted_scope <> 'all'), 0)
      INTO hour_count, domain_count
      FROM send_reservations_after(ARRAY['all', 'domain:' || p_domain], p_at - interval '1 hour') AS counted;
    IF month_count >= cap_monthly THEN first_refusal := 'limit_monthly';
    ELSIF day_count >= cap_daily THEN first_refusal := 'limit_daily';
    ELSIF cap_ramp_daily IS NOT NULL AND day_count >= cap_ramp_daily THEN first_refusal := 'ramp_limit';
    ELSIF hour_count >= cap_hourly THEN first_refusal := 'limit_hourly';
    ELSIF domain_count >= cap_domain_hourly THEN first_refusal := 'limit_recipient_domain';
    END IF;
    IF first_refusal IS NOT NULL THEN
      RETURN QUERY SELECT 'refused'::text, NULL::uuid, NULL::text, first_refusal, false;
      RETURN;
    END IF;
    FOREACH candidate IN ARRAY p_mailboxes LOOP
      IF EXISTS (SELECT 1 FROM send_reservations AS reservation
          WHERE reservation.mailbox = candidate
            AND reservation.reserved_at > p_at - spacing AND reservation.reserved_at < p_at + spacing) THEN
        first_refusal := coalesce(first_refusal, 'mailbox_spacing');
        CONTINUE;
      END IF;
      IF (SELECT coalesce(sum(counted.counted), 0)
            FROM send_reservations_after(ARRAY['mailbox:' || candidate], p_at - interval '24 hours') AS counted)
          >= cap_mailbox_daily THEN
        first_refusal := coalesce(first_refusal, 'mailbox_daily');
        CONTINUE;
      END IF;
      INSERT INTO send_reservations (id, idempotency_key, mailbox, recipient_domain, reserved_at)
        VALUES (gen_random_uuid(), p_key, candidate, p_domain, p_at) RETURNING id INTO new_id;
      RETURN QUERY SELECT 'reserved'::text, new_id, candidate, NULL::text, false;
      RETURN;
    END LOOP;
    RETURN QUERY SELECT 'refused'::text, NULL::uuid, NULL::text, coalesce(first_refusal, 'mailbox_daily'), false;
  END $$`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(createFunction).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      'DROP FUNCTION IF EXISTS reserve_send(bigint, text, text[], text, timestamptz, int, int, int, int, int, int, int)',
    )
    .execute(db);
}
