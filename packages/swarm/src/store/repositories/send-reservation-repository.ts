import { sql, type Kysely } from 'kysely';
import { pickMailboxWithinCaps, sendWindowMs, utcMonthOf, type SendUsage } from '../../domain/send-caps.js';
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
 * The SQL {@link SendLedger} (SPEC §3.7, EM-7). `reserve` runs in one transaction under
 * `pg_advisory_xact_lock`: replay check by idempotency key → one counting query for the deployment
 * and recipient-domain windows and one for the candidate mailboxes → `pickMailboxWithinCaps` →
 * insert. A refusal inserts nothing; `release` deletes the row. Holds across restarts (rows persist)
 * and concurrent workers (the lock) on PostgreSQL and PGlite alike. `reserveMany` takes the same lock
 * and reserves a whole batch in one transaction ({@link reserveSendBatch}).
 */
export function createSendReservationRepository(database: Kysely<Database>): SendLedger & BatchSendLedger {
  const db = database.withTables<SendReservationTables>();

  async function reserveLocked(
    transaction: typeof db,
    request: SendReservationRequest,
  ): Promise<SendReservationOutcome> {
    await sql`SELECT pg_advisory_xact_lock(${sendReservationLockKey}::bigint)`.execute(transaction);
    const existing = await transaction
      .selectFrom('send_reservations')
      .select(['id', 'mailbox'])
      .where('idempotency_key', '=', request.idempotencyKey)
      .executeTakeFirst();
    if (existing) return { status: 'reserved', reservationId: existing.id, mailbox: existing.mailbox, replayed: true };
    const at = request.at;
    const month = utcMonthOf(at);
    const dayStart = new Date(at.getTime() - sendWindowMs.day);
    const hourStart = new Date(at.getTime() - sendWindowMs.hour);
    const spacingMs = request.caps.mailboxSpacingSeconds * 1000;
    const scanFrom = month.start < dayStart ? month.start : dayStart;
    const deployment = await sql<{ monthly: number; daily: number; hourly: number; domain_hourly: number }>`
      SELECT
        count(*) FILTER (WHERE reserved_at >= ${month.start} AND reserved_at < ${month.end})::int AS monthly,
        count(*) FILTER (WHERE reserved_at > ${dayStart})::int AS daily,
        count(*) FILTER (WHERE reserved_at > ${hourStart})::int AS hourly,
        count(*) FILTER (WHERE reserved_at > ${hourStart} AND recipient_domain = ${request.recipientDomain})::int
          AS domain_hourly
      FROM send_reservations WHERE reserved_at >= ${scanFrom}`.execute(transaction);
    const mailboxRows = await sql<{ mailbox: string; within_spacing: number; daily: number }>`
      SELECT mailbox,
        count(*) FILTER (WHERE reserved_at > ${new Date(at.getTime() - spacingMs)}
          AND reserved_at < ${new Date(at.getTime() + spacingMs)})::int AS within_spacing,
        count(*)::int AS daily
      FROM send_reservations
      WHERE mailbox = ANY(${[...request.mailboxes]}::text[]) AND reserved_at > ${dayStart}
      GROUP BY mailbox`.execute(transaction);
    const counts = deployment.rows[0] ?? { monthly: 0, daily: 0, hourly: 0, domain_hourly: 0 };
    const byMailbox = new Map(mailboxRows.rows.map((row) => [row.mailbox, row]));
    const usageOf = (mailbox: string): SendUsage => ({
      monthly: counts.monthly,
      daily: counts.daily,
      hourly: counts.hourly,
      recipientDomainHourly: counts.domain_hourly,
      mailboxWithinSpacing: byMailbox.get(mailbox)?.within_spacing ?? 0,
      mailboxDaily: byMailbox.get(mailbox)?.daily ?? 0,
    });
    const picked = pickMailboxWithinCaps(request.mailboxes, usageOf, request.caps);
    if (!('mailbox' in picked)) return { status: 'refused', ...picked };
    const inserted = await transaction
      .insertInto('send_reservations')
      .values({
        idempotency_key: request.idempotencyKey,
        mailbox: picked.mailbox,
        recipient_domain: request.recipientDomain,
        reserved_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { status: 'reserved', reservationId: inserted.id, mailbox: picked.mailbox, replayed: false };
  }

  return {
    reserve: (request) => db.transaction().execute((transaction) => reserveLocked(transaction, request)),
    async reserveMany(requests) {
      if (requests.length === 0) return [];
      return db.transaction().execute(async (transaction) => {
        await sql`SELECT pg_advisory_xact_lock(${sendReservationLockKey}::bigint)`.execute(transaction);
        return reserveSendBatch(transaction, requests);
      });
    },
    async release(reservationId) {
      if (!uuidPattern.test(reservationId)) return;
      await db.deleteFrom('send_reservations').where('id', '=', reservationId).execute();
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
