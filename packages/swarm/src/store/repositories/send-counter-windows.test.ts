import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SendCaps } from '../../domain/send-caps.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createSendReservationRepository } from './send-reservation-repository.js';

const roomy: SendCaps = {
  monthly: 1_000_000,
  daily: 1_000_000,
  hourly: 1_000_000,
  perRecipientDomainPerHour: 1_000_000,
  mailboxSpacingSeconds: 0,
  mailboxDaily: 1_000_000,
  rampDaily: null,
};
const minute = Date.parse('2026-03-02T15:00:00Z');

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.freshSchema();
});

async function rawCountAfter(column: 'all' | 'recipient_domain' | 'mailbox', key: string, start: Date) {
  const filter = column === 'all' ? sql`TRUE` : sql`${sql.ref(column)} = ${key}`;
  const { rows } = await sql<{ count: number }>`SELECT count(*)::int AS count FROM send_reservations
    WHERE reserved_at > ${start} AND ${filter}`.execute(database.db);
  return rows[0]?.count ?? 0;
}

/**
 * The reservations after `start` of one scope through `send_reservations_after` (migration 0015; what
 * `reserve_send` reads): raw rows in the partial first minute, minute buckets, then hour buckets.
 */
async function bucketCountAfter(kind: 'all' | 'domain' | 'mailbox', key: string, start: Date) {
  const scope = kind === 'all' ? 'all' : `${kind}:${key}`;
  const { rows } = await sql<{ count: number }>`SELECT counted::float8 AS count
    FROM send_reservations_after(${[scope]}::text[], ${start}::timestamptz)`.execute(database.db);
  return rows[0]?.count ?? 0;
}

/** The reservations of the UTC calendar month starting at `monthStart`, from its month bucket (migration 0015). */
async function monthBucketCount(monthStart: Date) {
  const { rows } = await sql<{ count: number }>`SELECT coalesce(sum(count), 0)::float8 AS count
    FROM send_counter_buckets WHERE scope = 'all' AND width = 'month' AND bucket_start = ${monthStart}`.execute(
    database.db,
  );
  return rows[0]?.count;
}

describe('send counter buckets (migration 0015)', () => {
  it('EM-7: bucket counts equal raw counts for windows starting on, just before and just after minute and hour boundaries, with future-dated and released rows', async () => {
    const ledger = createSendReservationRepository(database.db);
    const offsetsMs = [
      -86_400_000,
      -3_600_000,
      -3_600_001,
      -3_599_999,
      -60_000,
      -1,
      0,
      1,
      59_999,
      60_000,
      61_000,
      3_600_000,
      7_200_000 + 30_000,
      3 * 86_400_000,
    ];
    const ids: string[] = [];
    for (const [index, offset] of offsetsMs.entries()) {
      const outcome = await ledger.reserve({
        idempotencyKey: `edge:${index}`,
        mailboxes: [`m${index % 3}@out.example.com`],
        recipientDomain: `d${index % 2}.example.org`,
        at: new Date(minute + offset),
        caps: roomy,
      });
      if (outcome.status === 'reserved') ids.push(outcome.reservationId);
    }
    expect(ids).toHaveLength(offsetsMs.length);
    await ledger.release(ids[7] as string);
    await ledger.release(ids[12] as string);
    const starts = [...offsetsMs, -90_000_000, -30_000].map((offset) => new Date(minute + offset));
    for (const start of starts) {
      expect(await bucketCountAfter('all', '', start)).toBe(await rawCountAfter('all', '', start));
      expect(await bucketCountAfter('domain', 'd0.example.org', start)).toBe(
        await rawCountAfter('recipient_domain', 'd0.example.org', start),
      );
      expect(await bucketCountAfter('mailbox', 'm1@out.example.com', start)).toBe(
        await rawCountAfter('mailbox', 'm1@out.example.com', start),
      );
    }
    expect(await monthBucketCount(new Date(Date.UTC(2026, 2, 1)))).toBe(offsetsMs.length - 2);
  });

  it('EM-7: a send exactly on a minute boundary counts; one exactly 60 min before the send does not (hourly)', async () => {
    const ledger = createSendReservationRepository(database.db);
    const caps = { ...roomy, hourly: 2 };
    const reserve = (key: string, atMs: number) =>
      ledger.reserve({
        idempotencyKey: key,
        mailboxes: [`${key}@out.example.com`],
        recipientDomain: 'example.org',
        at: new Date(atMs),
        caps,
      });
    expect((await reserve('old', minute - 3_600_000)).status).toBe('reserved');
    expect((await reserve('edge', minute - 3_600_000 + 60_000)).status).toBe('reserved');
    expect(await reserve('now', minute)).toMatchObject({ status: 'reserved' });
    expect(await reserve('again', minute)).toMatchObject({ status: 'refused', reasonCode: 'limit_hourly' });
  });

  it('EM-7: reservations dated after the send count against it (workers with unordered clocks cannot overfill)', async () => {
    const ledger = createSendReservationRepository(database.db);
    const caps = { ...roomy, daily: 3 };
    for (const offset of [60_000, 3_600_000, 2 * 86_400_000]) {
      const outcome = await ledger.reserve({
        idempotencyKey: `future:${offset}`,
        mailboxes: [`f${offset}@out.example.com`],
        recipientDomain: 'example.org',
        at: new Date(minute + offset),
        caps,
      });
      expect(outcome.status).toBe('reserved');
    }
    const late = await ledger.reserve({
      idempotencyKey: 'late-clock',
      mailboxes: ['late@out.example.com'],
      recipientDomain: 'example.org',
      at: new Date(minute),
      caps,
    });
    expect(late).toMatchObject({ status: 'refused', reasonCode: 'limit_daily' });
  });

  it('EM-7: release gives the quota back and replay by idempotency key does not count twice', async () => {
    const ledger = createSendReservationRepository(database.db);
    const caps = { ...roomy, perRecipientDomainPerHour: 1 };
    const request = {
      idempotencyKey: 'send:1',
      mailboxes: ['a@out.example.com'],
      recipientDomain: 'example.org',
      at: new Date(minute + 30_000),
      caps,
    };
    const first = await ledger.reserve(request);
    const replay = await ledger.reserve(request);
    const batchReplay = await ledger.reserve(request);
    expect(replay).toEqual({ ...first, replayed: true });
    expect(batchReplay).toEqual({ ...first, replayed: true });
    expect(await bucketCountAfter('all', '', new Date(minute - 86_400_000))).toBe(1);
    expect(await bucketCountAfter('domain', 'example.org', new Date(minute - 3_600_000))).toBe(1);
    const other = { ...request, idempotencyKey: 'send:2', mailboxes: ['b@out.example.com'] };
    expect(await ledger.reserve(other)).toMatchObject({ status: 'refused', reasonCode: 'limit_recipient_domain' });
    if (first.status !== 'reserved') throw new Error('first reservation was refused');
    await ledger.release(first.reservationId);
    expect(await bucketCountAfter('all', '', new Date(minute - 86_400_000))).toBe(0);
    expect(await bucketCountAfter('mailbox', 'a@out.example.com', new Date(minute - 86_400_000))).toBe(0);
    expect(await monthBucketCount(new Date(Date.UTC(2026, 2, 1)))).toBe(0);
    expect(await ledger.reserve(other)).toMatchObject({ status: 'reserved', replayed: false });
  });

  it('EM-7: a mailbox past the first 16 candidates is counted when the pick reaches it (daily cap and spacing)', async () => {
    const ledger = createSendReservationRepository(database.db);
    const mailboxes = Array.from({ length: 20 }, (_, index) => `m${index}@out.example.com`);
    const caps = { ...roomy, mailboxDaily: 1, mailboxSpacingSeconds: 30 };
    for (const [index, mailbox] of mailboxes.slice(0, 18).entries()) {
      const outcome = await ledger.reserve({
        idempotencyKey: `fill:${index}`,
        mailboxes: [mailbox],
        recipientDomain: 'example.org',
        at: new Date(minute - 3_600_000),
        caps,
      });
      expect(outcome.status).toBe('reserved');
    }
    const pick = (key: string) =>
      ledger.reserve({
        idempotencyKey: `pick:${key}`,
        mailboxes,
        recipientDomain: 'example.org',
        at: new Date(minute),
        caps,
      });
    const picked = await pick('a');
    const next = await pick('b');
    expect(picked).toMatchObject({ status: 'reserved', mailbox: 'm18@out.example.com' });
    expect(next).toMatchObject({ status: 'reserved', mailbox: 'm19@out.example.com' });
    const refused = await ledger.reserve({
      idempotencyKey: 'pick:c',
      mailboxes,
      recipientDomain: 'example.org',
      at: new Date(minute + 60_000),
      caps,
    });
    expect(refused).toMatchObject({ status: 'refused', reasonCode: 'mailbox_daily' });
  });
});
