import { sql, type Generated, type Kysely } from 'kysely';
import { pickMailboxWithinCaps, sendWindowMs, utcMonthOf, type SendUsage } from '../../domain/send-caps.js';
import type { SendReservationOutcome, SendReservationRequest } from '../../ports/send-ledger.js';
import type { Database } from '../schema.js';

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

interface CountRow {
  kind: 'replay' | 'month' | 'deployment' | 'domain' | 'mailbox' | 'spacing';
  key: string | null;
  value: string | null;
  first: number | null;
  second: number | null;
}

interface Taken {
  mailbox: string;
  recipientDomain: string;
  atMs: number;
  monthStartMs: number;
}

/**
 * Everything the batch needs, in ONE statement: replays by idempotency key, the calendar-month
 * counts, the deployment's rolling day and hour, each recipient domain's hour, each candidate
 * mailbox's day, and the candidate mailboxes' reservations near the batch (spacing is two-sided, so
 * it is decided on instants, exactly). Rolling windows are counted from the EARLIEST send instant of
 * the batch: for every later send that is a superset of its own window, so a count is never low
 * (EM-7 caps hold) and equals the one-by-one count when the batch shares one instant (production).
 */
async function readBatchCounts(
  transaction: Kysely<Database & SendReservationTables>,
  requests: readonly SendReservationRequest[],
): Promise<CountRow[]> {
  const times = requests.map((request) => request.at.getTime());
  const earliestMs = Math.min(...times);
  const latestMs = Math.max(...times);
  const spacingMs = Math.max(...requests.map((request) => request.caps.mailboxSpacingSeconds)) * 1000;
  const dayStart = new Date(earliestMs - sendWindowMs.day);
  const hourStart = new Date(earliestMs - sendWindowMs.hour);
  const months = [...new Map(requests.map((request) => [utcMonthOf(request.at).start.getTime(), request.at]))];
  const monthStarts = months.map(([, at]) => utcMonthOf(at));
  const scanFrom = new Date(Math.min(dayStart.getTime(), ...monthStarts.map((month) => month.start.getTime())));
  const keys = requests.map((request) => request.idempotencyKey);
  const domains = [...new Set(requests.map((request) => request.recipientDomain))];
  const mailboxes = [...new Set(requests.flatMap((request) => request.mailboxes))];
  const monthSelects = monthStarts.map(
    (month) => sql`SELECT 'month' AS kind, ${String(month.start.getTime())} AS key, NULL AS value,
        count(*)::float8 AS first, NULL::float8 AS second
      FROM send_reservations WHERE reserved_at >= ${month.start} AND reserved_at < ${month.end}`,
  );
  const result = await sql<CountRow>`
    SELECT 'replay' AS kind, idempotency_key AS key, id::text || ' ' || mailbox AS value,
        NULL::float8 AS first, NULL::float8 AS second
      FROM send_reservations WHERE idempotency_key = ANY(${keys}::text[])
    UNION ALL ${sql.join(monthSelects, sql` UNION ALL `)}
    UNION ALL SELECT 'deployment', NULL, NULL,
        count(*) FILTER (WHERE reserved_at > ${dayStart})::float8,
        count(*) FILTER (WHERE reserved_at > ${hourStart})::float8
      FROM send_reservations WHERE reserved_at >= ${scanFrom}
    UNION ALL SELECT 'domain', recipient_domain, NULL, count(*)::float8, NULL
      FROM send_reservations WHERE reserved_at > ${hourStart} AND recipient_domain = ANY(${domains}::text[])
      GROUP BY recipient_domain
    UNION ALL SELECT 'mailbox', mailbox, NULL, count(*)::float8, NULL
      FROM send_reservations WHERE mailbox = ANY(${mailboxes}::text[]) AND reserved_at > ${dayStart}
      GROUP BY mailbox
    UNION ALL SELECT 'spacing', mailbox, NULL, (extract(epoch FROM reserved_at) * 1000)::float8, NULL
      FROM send_reservations WHERE mailbox = ANY(${mailboxes}::text[])
        AND reserved_at > ${new Date(earliestMs - spacingMs)} AND reserved_at < ${new Date(latestMs + spacingMs)}`.execute(
    transaction,
  );
  return result.rows;
}

/**
 * Reserves a batch under the caller's advisory lock (EM-7): reads every count once
 * ({@link readBatchCounts}), then decides each request in array order with
 * `pickMailboxWithinCaps`, counting the batch's earlier reservations as it goes, and inserts the
 * reservations in one statement. Outcomes are per request, as `SendLedger.reserve` would give them.
 */
export async function reserveSendBatch(
  transaction: Kysely<Database & SendReservationTables>,
  requests: readonly SendReservationRequest[],
): Promise<SendReservationOutcome[]> {
  if (requests.length === 0) return [];
  const rows = await readBatchCounts(transaction, requests);
  const replays = new Map<string, { id: string; mailbox: string }>();
  const monthly = new Map<number, number>();
  const domainHourly = new Map<string, number>();
  const mailboxDaily = new Map<string, number>();
  const nearby: { mailbox: string; atMs: number }[] = [];
  let deployment = { daily: 0, hourly: 0 };
  for (const row of rows) {
    if (row.kind === 'replay' && row.key && row.value) {
      const split = row.value.indexOf(' ');
      replays.set(row.key, { id: row.value.slice(0, split), mailbox: row.value.slice(split + 1) });
    } else if (row.kind === 'month') monthly.set(Number(row.key), row.first ?? 0);
    else if (row.kind === 'deployment') deployment = { daily: row.first ?? 0, hourly: row.second ?? 0 };
    else if (row.kind === 'domain' && row.key) domainHourly.set(row.key, row.first ?? 0);
    else if (row.kind === 'mailbox' && row.key) mailboxDaily.set(row.key, row.first ?? 0);
    else if (row.kind === 'spacing' && row.key) nearby.push({ mailbox: row.key, atMs: row.first ?? 0 });
  }
  const instantsByMailbox = new Map<string, number[]>();
  for (const entry of nearby)
    instantsByMailbox.set(entry.mailbox, [...(instantsByMailbox.get(entry.mailbox) ?? []), entry.atMs]);
  const taken: Taken[] = [];
  const takenDomains = new Map<string, number>();
  const takenMailboxes = new Map<string, number>();
  const reservedIndexByKey = new Map<string, number>();
  const outcomes: SendReservationOutcome[] = [];
  const pending: { index: number; request: SendReservationRequest; mailbox: string }[] = [];
  const inBatchReplays: { index: number; firstIndex: number }[] = [];
  for (const request of requests) {
    const replay = replays.get(request.idempotencyKey);
    if (replay) {
      outcomes.push({ status: 'reserved', reservationId: replay.id, mailbox: replay.mailbox, replayed: true });
      continue;
    }
    const firstIndex = reservedIndexByKey.get(request.idempotencyKey);
    if (firstIndex !== undefined) {
      inBatchReplays.push({ index: outcomes.length, firstIndex });
      outcomes.push(outcomes[firstIndex] as SendReservationOutcome);
      continue;
    }
    const atMs = request.at.getTime();
    const monthStartMs = utcMonthOf(request.at).start.getTime();
    const spacingMs = request.caps.mailboxSpacingSeconds * 1000;
    const takenThisMonth = taken.filter((entry) => entry.monthStartMs === monthStartMs).length;
    const usageOf = (mailbox: string): SendUsage => ({
      monthly: (monthly.get(monthStartMs) ?? 0) + takenThisMonth,
      daily: deployment.daily + taken.length,
      hourly: deployment.hourly + taken.length,
      recipientDomainHourly:
        (domainHourly.get(request.recipientDomain) ?? 0) + (takenDomains.get(request.recipientDomain) ?? 0),
      mailboxWithinSpacing: (instantsByMailbox.get(mailbox) ?? []).filter(
        (instant) => Math.abs(instant - atMs) < spacingMs,
      ).length,
      mailboxDaily: (mailboxDaily.get(mailbox) ?? 0) + (takenMailboxes.get(mailbox) ?? 0),
    });
    const picked = pickMailboxWithinCaps(request.mailboxes, usageOf, request.caps);
    if (!('mailbox' in picked)) {
      outcomes.push({ status: 'refused', ...picked });
      continue;
    }
    const mailbox = picked.mailbox;
    taken.push({ mailbox, recipientDomain: request.recipientDomain, atMs, monthStartMs });
    takenDomains.set(request.recipientDomain, (takenDomains.get(request.recipientDomain) ?? 0) + 1);
    takenMailboxes.set(mailbox, (takenMailboxes.get(mailbox) ?? 0) + 1);
    instantsByMailbox.set(mailbox, [...(instantsByMailbox.get(mailbox) ?? []), atMs]);
    reservedIndexByKey.set(request.idempotencyKey, outcomes.length);
    pending.push({ index: outcomes.length, request, mailbox });
    outcomes.push({ status: 'reserved', reservationId: '', mailbox, replayed: false });
  }
  if (pending.length > 0) {
    const inserted = await transaction
      .insertInto('send_reservations')
      .values(
        pending.map(({ request, mailbox }) => ({
          id: sql<string>`gen_random_uuid()`,
          idempotency_key: request.idempotencyKey,
          mailbox,
          recipient_domain: request.recipientDomain,
          reserved_at: request.at,
        })),
      )
      .returning(['id', 'idempotency_key'])
      .execute();
    const idByKey = new Map(inserted.map((row) => [row.idempotency_key, row.id]));
    for (const { index, request, mailbox } of pending) {
      const reservationId = idByKey.get(request.idempotencyKey);
      if (!reservationId) throw new Error(`reservation for ${request.idempotencyKey} was not inserted`);
      outcomes[index] = { status: 'reserved', reservationId, mailbox, replayed: false };
    }
    for (const { index, firstIndex } of inBatchReplays) {
      outcomes[index] = {
        ...(outcomes[firstIndex] as SendReservationOutcome & { status: 'reserved' }),
        replayed: true,
      };
    }
  }
  return outcomes;
}
