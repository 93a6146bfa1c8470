import { sql, type Generated, type Kysely } from 'kysely';
import { sendCapMessage, sendCapReasonCodes, type SendCapReasonCode } from '../../domain/send-caps.js';
import type { SendLedger, SendReservationOutcome, SendReservationRequest } from '../../ports/send-ledger.js';
import type { Database } from '../schema.js';

/**
 * Every reservation in every process takes this transaction-scoped advisory lock, so check-and-insert
 * is serialised across workers (EM-7 "distributed lock"); it is released at commit or rollback, also
 * when a worker dies. The number is arbitrary but fixed: "CAIO send".
 */
const sendReservationLockKey = 0x0ca1_05e4d;

/** The `send_reservations` columns this module reads and writes (migration 0003). */
export type SendReservationTables = {
  send_reservations: {
    id: Generated<string>;
    idempotency_key: string;
    mailbox: string;
    recipient_domain: string;
    reserved_at: Date;
  };
};

/** One row of the `reserve_send` SQL function (migration 0019). */
interface ReserveSendRow {
  out_status: 'reserved' | 'refused';
  out_reservation_id: string | null;
  out_mailbox: string | null;
  out_reason_code: string | null;
  out_replayed: boolean;
}

function parseSendCapReasonCode(value: string | null): SendCapReasonCode {
  const code = sendCapReasonCodes.find((known) => known === value);
  if (!code) throw new Error(`reserve_send answered an unknown reason code: ${String(value)}`);
  return code;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toOutcome(row: ReserveSendRow, request: SendReservationRequest): SendReservationOutcome {
  if (row.out_status === 'reserved' && row.out_reservation_id && row.out_mailbox) {
    return {
      status: 'reserved',
      reservationId: row.out_reservation_id,
      mailbox: row.out_mailbox,
      replayed: row.out_replayed,
    };
  }
  const reasonCode = parseSendCapReasonCode(row.out_reason_code);
  const message =
    request.mailboxes.length === 0
      ? 'No sending mailbox was offered for this send.'
      : sendCapMessage(reasonCode, request.caps);
  return { status: 'refused', reasonCode, message };
}

/**
 * The SQL {@link SendLedger} (SPEC §3.7, EM-7). Every reservation is the `reserve_send` function of
 * migration 0019: lock, replay by idempotency key, the deployment caps read from the counter buckets of
 * migration 0015 (bounded work however many reservations exist), the mailbox walk (`pickMailboxWithinCaps`
 * rules) and the insert, whose trigger updates the buckets in the same transaction. `reserve` is that one
 * statement — the send worker calls it right before every vendor call, so its cost is the send path's;
 * a batch reserves its sends one by one, each at its own instant. A refusal inserts
 * nothing; `release` deletes the row (the trigger gives the quota back). Holds across restarts (rows
 * persist) and concurrent workers (the lock) on PostgreSQL and PGlite alike.
 */
export function createSendReservationRepository(database: Kysely<Database>): SendLedger {
  const db = database.withTables<SendReservationTables>();
  return {
    async reserve(request) {
      const { caps } = request;
      const result = await sql<ReserveSendRow>`SELECT * FROM reserve_send(${sendReservationLockKey}::bigint,
        ${request.idempotencyKey}, ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(request.mailboxes)}::jsonb)),
        ${request.recipientDomain}, ${request.at.toISOString()}::timestamptz, ${caps.monthly}::int, ${caps.daily}::int,
        ${caps.rampDaily}::int, ${caps.hourly}::int, ${caps.perRecipientDomainPerHour}::int,
        ${caps.mailboxSpacingSeconds}::int, ${caps.mailboxDaily}::int)`.execute(db);
      const [row] = result.rows;
      if (!row) throw new Error(`no reservation outcome for ${request.idempotencyKey}`);
      return toOutcome(row, request);
    },
    async release(reservationId) {
      if (!uuidPattern.test(reservationId)) return;
      // Under the reservation lock so the counter-bucket trigger never interleaves with a reserve.
      await db.transaction().execute(async (transaction) => {
        await sql`SELECT pg_advisory_xact_lock(${sendReservationLockKey}::bigint)`.execute(transaction);
        await transaction.deleteFrom('send_reservations').where('id', '=', reservationId).execute();
      });
    },
    async countSince(since) {
      const row = await db
        .selectFrom('send_reservations')
        .select((builder) => builder.fn.countAll<string>().as('count'))
        .where('reserved_at', '>=', since)
        .executeTakeFirst();
      return Number(row?.count ?? 0);
    },
    async firstReservationAt() {
      const row = await db
        .selectFrom('send_reservations')
        .select((builder) => builder.fn.min('reserved_at').as('first'))
        .executeTakeFirst();
      return row?.first ? new Date(row.first) : null;
    },
  };
}
