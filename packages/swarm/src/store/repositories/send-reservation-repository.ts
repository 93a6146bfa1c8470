import { sql, type Kysely } from 'kysely';
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

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The SQL {@link SendLedger} (SPEC §3.7, EM-7). `reserve` and `reserveMany` run in one transaction
 * under `pg_advisory_xact_lock` ({@link reserveSendBatch}, `reserve` being a batch of one): replay
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
      const [outcome] = await db.transaction().execute((transaction) => reserveLocked(transaction, [request]));
      if (!outcome) throw new Error(`no reservation outcome for ${request.idempotencyKey}`);
      return outcome;
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
