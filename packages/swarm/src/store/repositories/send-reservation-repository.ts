import { sql, type Generated, type Kysely } from 'kysely';
import { sendCapMessage, sendCapReasonCodes, type SendCapReasonCode } from '../../domain/send-caps.js';
import type { BatchSendLedger } from '../../ports/batch-send-ledger.js';
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

/** A request as `reserve_send` reads it from the statement's JSON parameter. */
function requestRow(request: SendReservationRequest) {
  const { caps } = request;
  return {
    key: request.idempotencyKey,
    mailboxes: [...request.mailboxes],
    domain: request.recipientDomain,
    at: request.at.toISOString(),
    monthly: caps.monthly,
    daily: caps.daily,
    rampDaily: caps.rampDaily,
    hourly: caps.hourly,
    domainHourly: caps.perRecipientDomainPerHour,
    spacingSeconds: caps.mailboxSpacingSeconds,
    mailboxDaily: caps.mailboxDaily,
  };
}

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
 * rules) and the insert, whose trigger updates the buckets in the same transaction. `reserve` is one
 * statement — the send worker calls it right before every vendor call, so its cost is the send path's —
 * and `reserveMany` is ONE statement too, calling `reserve_send` per request in array order (each call sees
 * the earlier ones' inserts; the lock is re-entrant within the statement's transaction). A refusal inserts
 * nothing; `release` deletes the row (the trigger gives the quota back). Holds across restarts (rows
 * persist) and concurrent workers (the lock) on PostgreSQL and PGlite alike.
 */
export function createSendReservationRepository(database: Kysely<Database>): SendLedger & BatchSendLedger {
  const db = database.withTables<SendReservationTables>();
  async function reserveInOrder(requests: readonly SendReservationRequest[]): Promise<SendReservationOutcome[]> {
    if (requests.length === 0) return [];
    const result = await sql<ReserveSendRow>`SELECT reserved.*
      FROM jsonb_array_elements(${JSON.stringify(requests.map(requestRow))}::jsonb) WITH ORDINALITY
        AS request(value, position)
      CROSS JOIN LATERAL reserve_send(${sendReservationLockKey}::bigint, request.value->>'key',
        ARRAY(SELECT jsonb_array_elements_text(request.value->'mailboxes')), request.value->>'domain',
        (request.value->>'at')::timestamptz, (request.value->>'monthly')::int, (request.value->>'daily')::int,
        (request.value->>'rampDaily')::int, (request.value->>'hourly')::int, (request.value->>'domainHourly')::int,
        (request.value->>'spacingSeconds')::int, (request.value->>'mailboxDaily')::int) AS reserved
      ORDER BY request.position`.execute(db);
    if (result.rows.length !== requests.length) {
      throw new Error(`reserve_send answered ${result.rows.length} outcomes for ${requests.length} requests`);
    }
    return result.rows.map((row, index) => toOutcome(row, requests[index] as SendReservationRequest));
  }

  return {
    async reserve(request) {
      const [outcome] = await reserveInOrder([request]);
      if (!outcome) throw new Error(`no reservation outcome for ${request.idempotencyKey}`);
      return outcome;
    },
    reserveMany: reserveInOrder,
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
