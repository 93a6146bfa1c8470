import { sql, type Kysely } from 'kysely';
import { sendCapMessage, sendCapReasonCodes, type SendCapReasonCode } from '../../domain/send-caps.js';
import type { BatchSendLedger } from '../../ports/batch-send-ledger.js';
import type { SendLedger, SendReservationOutcome, SendReservationRequest } from '../../ports/send-ledger.js';
import type { Database } from '../schema.js';
import { reserveSendBatch, type SendReservationTables } from './reserve-send-batch.js';

/**
 * Every reservation in every process takes this transaction-scoped advisory lock, so check-and-insert
 * is serialised across workers (EM-7 "distributed lock"); it is released at commit or rollback, also
 * when a worker dies. The number is arbitrary but fixed: "CAIO send".
 */
const sendReservationLockKey = 0x0ca1_05e4d;

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

/**
 * The SQL {@link SendLedger} (SPEC §3.7, EM-7). `reserve` is ONE statement, the `reserve_send` function of
 * migration 0019 (lock, replay, caps, mailbox pick and insert in the statement's own transaction — the send
 * worker calls it right before every vendor call, so its cost is the send path's). `reserveMany` runs in
 * one transaction under `pg_advisory_xact_lock` ({@link reserveSendBatch}): replay
 * check by idempotency key and every window count in one statement read from the counter buckets of
 * migration 0015 (bounded work however many reservations exist) → `pickMailboxWithinCaps` → insert,
 * whose trigger updates the buckets in the same transaction. A refusal inserts nothing; `release`
 * deletes the row (the trigger gives the quota back). Holds across restarts (rows persist) and
 * concurrent workers (the lock) on PostgreSQL and PGlite alike.
 */
export function createSendReservationRepository(database: Kysely<Database>): SendLedger & BatchSendLedger {
  const db = database.withTables<SendReservationTables>();

  async function reserveLocked(
    transaction: typeof db,
    requests: readonly SendReservationRequest[],
  ): Promise<SendReservationOutcome[]> {
    await sql`SELECT pg_advisory_xact_lock(${sendReservationLockKey}::bigint)`.execute(transaction);
    return reserveSendBatch(transaction, requests);
  }

  return {
    async reserve(request) {
      const { caps } = request;
      const result = await sql<ReserveSendRow>`SELECT out_status, out_reservation_id, out_mailbox, out_reason_code,
          out_replayed
        FROM reserve_send(${sendReservationLockKey}::bigint, ${request.idempotencyKey}, ${[...request.mailboxes]}::text[],
          ${request.recipientDomain}, ${request.at}::timestamptz, ${caps.monthly}::int, ${caps.daily}::int,
          ${caps.rampDaily}::int, ${caps.hourly}::int, ${caps.perRecipientDomainPerHour}::int,
          ${caps.mailboxSpacingSeconds}::int, ${caps.mailboxDaily}::int)`.execute(db);
      const [row] = result.rows;
      if (!row) throw new Error(`no reservation outcome for ${request.idempotencyKey}`);
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
          : sendCapMessage(reasonCode, caps);
      return { status: 'refused', reasonCode, message };
    },
    async reserveMany(requests) {
      if (requests.length === 0) return [];
      return db.transaction().execute((transaction) => reserveLocked(transaction, requests));
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
