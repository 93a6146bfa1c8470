import { sql, type Generated, type Kysely } from 'kysely';
import { pickMailboxWithinCaps, sendWindowMs, utcMonthOf, type SendUsage } from '../../domain/send-caps.js';
import type { SendReservationOutcome, SendReservationRequest } from '../../ports/send-ledger.js';
import type { Database } from '../schema.js';
import { countReservationsAfter, sendCounterScope } from './send-counter-windows.js';

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
  kind: 'replay' | 'month' | 'day' | 'hour' | 'spacing';
  key: string | null;
  value: string | null;
  first: number | null;
}

interface Taken {
  mailbox: string;
  recipientDomain: string;
  atMs: number;
  monthStartMs: number;
}

/** Leading candidate mailboxes per request whose day is counted up front (most picks stop there). */
const prefetchedMailboxesPerRequest = 16;

/**
 * Everything the batch needs, in ONE statement: replays by idempotency key, the calendar-month
 * counts, the deployment's rolling day and hour, each recipient domain's hour, the day of the first
 * {@link prefetchedMailboxesPerRequest} candidate mailboxes of each request, and every reservation
 * near the batch as one aggregated string (spacing is two-sided, so it is decided on instants,
 * exactly). Rolling windows are counted from the EARLIEST send instant of
 * the batch: for every later send that is a superset of its own window, so a count is never low
 * (EM-7 caps hold) and equals the one-by-one count when the batch shares one instant (production).
 * The SQL function `send_reservation_counts` of migration 0015 does the reading from the counter
 * buckets (plan cached per connection), so the statement reads a bounded number of rows however many
 * reservations exist.
 */
async function readBatchCounts(
  transaction: Kysely<Database & SendReservationTables>,
  requests: readonly SendReservationRequest[],
): Promise<CountRow[]> {
  const times = requests.map((request) => request.at.getTime());
  const earliestMs = Math.min(...times);
  const latestMs = Math.max(...times);
  const spacingMs = Math.max(...requests.map((request) => request.caps.mailboxSpacingSeconds)) * 1000;
  const monthStarts = [...new Set(requests.map((request) => utcMonthOf(request.at).start.getTime()))];
  const domains = [...new Set(requests.map((request) => request.recipientDomain))];
  const prefetched = [
    ...new Set(requests.flatMap((request) => request.mailboxes.slice(0, prefetchedMailboxesPerRequest))),
  ];
  const result = await sql<CountRow>`SELECT out_kind AS kind, out_key AS key, out_value AS value, out_first AS first
    FROM send_reservation_counts(
      ${requests.map((request) => request.idempotencyKey)}::text[],
      ${monthStarts.map((monthStartMs) => new Date(monthStartMs))}::timestamptz[],
      ${new Date(earliestMs - sendWindowMs.day)}::timestamptz,
      ${new Date(earliestMs - sendWindowMs.hour)}::timestamptz,
      ${domains.map((domain) => sendCounterScope('domain', domain))}::text[],
      ${prefetched.map((mailbox) => sendCounterScope('mailbox', mailbox))}::text[],
      ${new Date(earliestMs - spacingMs)}::timestamptz,
      ${new Date(latestMs + spacingMs)}::timestamptz)`.execute(transaction);
  return result.rows;
}

/**
 * Reserves a batch under the caller's advisory lock (EM-7): reads every count once
 * ({@link readBatchCounts}; a mailbox's day only for the first candidates of each request, later
 * ones fetched when the pick reaches them), then decides each request in array order with
 * `pickMailboxWithinCaps`, counting the batch's earlier reservations as it goes, and inserts the
 * reservations in one statement. Outcomes are per request, as `SendLedger.reserve` would give them.
 */
export async function reserveSendBatch(
  transaction: Kysely<Database & SendReservationTables>,
  requests: readonly SendReservationRequest[],
): Promise<SendReservationOutcome[]> {
  if (requests.length === 0) return [];
  const rows = await readBatchCounts(transaction, requests);
  const dayStart = new Date(Math.min(...requests.map((request) => request.at.getTime())) - sendWindowMs.day);
  const dailyKnown = new Set(requests.flatMap((request) => request.mailboxes.slice(0, prefetchedMailboxesPerRequest)));
  const replays = new Map<string, { id: string; mailbox: string }>();
  const monthly = new Map<number, number>();
  const domainHourly = new Map<string, number>();
  const mailboxDaily = new Map<string, number>();
  const nearby: { mailbox: string; atMs: number }[] = [];
  const deployment = { daily: 0, hourly: 0 };
  for (const row of rows) {
    if (row.kind === 'replay' && row.key && row.value) {
      const split = row.value.indexOf(' ');
      replays.set(row.key, { id: row.value.slice(0, split), mailbox: row.value.slice(split + 1) });
    } else if (row.kind === 'month') monthly.set(Number(row.key), row.first ?? 0);
    else if (row.kind === 'day' && row.key === 'all') deployment.daily = row.first ?? 0;
    else if (row.kind === 'hour' && row.key === 'all') deployment.hourly = row.first ?? 0;
    else if (row.kind === 'hour' && row.key) domainHourly.set(row.key.slice('domain:'.length), row.first ?? 0);
    else if (row.kind === 'day' && row.key) mailboxDaily.set(row.key.slice('mailbox:'.length), row.first ?? 0);
    else if (row.kind === 'spacing' && row.value)
      for (const line of row.value.split('\n')) {
        const split = line.lastIndexOf(' ');
        nearby.push({ mailbox: line.slice(0, split), atMs: Number(line.slice(split + 1)) });
      }
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
    const withinSpacing = (mailbox: string): number =>
      (instantsByMailbox.get(mailbox) ?? []).filter((instant) => Math.abs(instant - atMs) < spacingMs).length;
    // Only mailboxes the pick can reach need their day counted: the pick stops at the first mailbox
    // that fits, and a mailbox within spacing is refused before its day matters.
    for (const [position, mailbox] of request.mailboxes.entries()) {
      if (withinSpacing(mailbox) > 0) continue;
      if (!dailyKnown.has(mailbox)) {
        const next = request.mailboxes
          .slice(position)
          .filter((candidate) => !dailyKnown.has(candidate) && withinSpacing(candidate) === 0)
          .slice(0, prefetchedMailboxesPerRequest);
        const fetched = await countReservationsAfter('mailbox', next, dayStart).execute(transaction);
        for (const row of fetched.rows) mailboxDaily.set(row.scope.slice('mailbox:'.length), row.count);
        for (const candidate of next) dailyKnown.add(candidate);
      }
      if ((mailboxDaily.get(mailbox) ?? 0) + (takenMailboxes.get(mailbox) ?? 0) < request.caps.mailboxDaily) break;
    }
    const usageOf = (mailbox: string): SendUsage => ({
      monthly: (monthly.get(monthStartMs) ?? 0) + takenThisMonth,
      daily: deployment.daily + taken.length,
      hourly: deployment.hourly + taken.length,
      recipientDomainHourly:
        (domainHourly.get(request.recipientDomain) ?? 0) + (takenDomains.get(request.recipientDomain) ?? 0),
      mailboxWithinSpacing: withinSpacing(mailbox),
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
