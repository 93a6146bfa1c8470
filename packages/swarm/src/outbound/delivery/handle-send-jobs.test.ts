import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isJobSignal } from '../../domain/job-signals.js';
import { createStore } from '../../store/create-store.js';
import { createSendReservationRepository } from '../../store/repositories/send-reservation-repository.js';
import { createSqlChaosWorld, type SqlChaosWorld } from '../../test-support/send-chaos/sql-chaos-world.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { handleSendJobs, type SendJobSettlement } from './handle-send-jobs.js';
import type { SendLimitSettings } from '../policy/validate-send-limits.js';

/** Caps that do not bind unless a test lowers one (spacing kept at 30 s, one mailbox per send). */
const openLimits: SendLimitSettings = {
  monthly: 100_000,
  daily: 10_000,
  hourly: 10_000,
  perRecipientDomainPerHour: 10_000,
  mailboxSpacingSeconds: 30,
  mailboxDaily: 10_000,
};
const mailboxes = Array.from({ length: 40 }, (_, index) => ({
  address: `sender${index}@cold.example.com`,
  stream: 'cold' as const,
  platform: 'smtp',
}));

let database: TestDatabase;
let jobCounter = 0;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => database.freshSchema());

/** `messageCount` queued rows to distinct recipients on 20 domains and one batch-path worker over PGlite, no injected faults. */
async function world(messageCount: number, limits: Partial<SendLimitSettings> = {}): Promise<SqlChaosWorld> {
  return createSqlChaosWorld({
    seed: 7,
    databases: [database.db],
    messageCount,
    domainCount: 20,
    failureRate: 0,
    limits: { ...openLimits, ...limits },
    mailboxes,
    batch: true,
    reuseRate: 0,
  });
}

const jobFor = (payload: { outboxId: string; idempotencyKey: string }) => ({
  id: `job-${(jobCounter += 1)}`,
  name: 'send-email',
  payload,
  retryCount: 0,
});

async function reservationCount(): Promise<number> {
  const { rows } = await sql<{ count: number }>`SELECT count(*)::int AS count FROM send_reservations`.execute(
    database.db,
  );
  return rows[0]?.count ?? 0;
}

/** Gives row `copy` the recipient (and lead) of row `of`: two rows to one person. */
async function sameRecipient(copy: string, of: string): Promise<void> {
  await sql`UPDATE outbox SET recipient = o.recipient, lead_id = o.lead_id
    FROM outbox AS o WHERE o.id = ${of} AND outbox.id = ${copy}`.execute(database.db);
}

const sentIdOf = (settlement: SendJobSettlement | undefined) =>
  settlement?.status === 'fulfilled' && settlement.value.status === 'sent' ? settlement.value.result.outboxId : null;
const reasonOf = (settlement: SendJobSettlement | undefined) =>
  settlement?.status === 'rejected' && isJobSignal(settlement.reason) ? settlement.reason.message : null;

describe('handleSendJobs (the batch path)', () => {
  it('issue 4: one settlement per job in input order, each naming its own row, every row delivered once', async () => {
    const chaos = await world(6);
    const worker = chaos.workers[0]!;
    const jobs = [...chaos.messages].reverse().map(jobFor);
    const settlements = await handleSendJobs(jobs, worker);
    expect(settlements).toHaveLength(6);
    expect(settlements.map(sentIdOf)).toEqual(jobs.map((job) => job.payload.outboxId));
    expect(chaos.instruments.deliveries).toHaveLength(6);
    expect(new Set(chaos.instruments.deliveries.map((delivery) => delivery.mailbox)).size).toBe(6);
    expect((await chaos.rows()).every((row) => row.status === 'sent')).toBe(true);
    expect(await reservationCount()).toBe(6);
  });

  it('RES-3: the same row twice in one batch is delivered once; the second job finds it settled', async () => {
    const chaos = await world(2);
    const [first, second] = chaos.messages;
    const settlements = await handleSendJobs([jobFor(first!), jobFor(first!), jobFor(second!)], chaos.workers[0]!);
    expect(sentIdOf(settlements[0])).toBe(first!.outboxId);
    expect(settlements[1]).toEqual({ status: 'fulfilled', value: { status: 'already_settled', outboxStatus: 'sent' } });
    expect(sentIdOf(settlements[2])).toBe(second!.outboxId);
    expect(chaos.instruments.deliveries).toHaveLength(2);
  });

  it('SPEC 3.7 dedup: two rows to one recipient in one batch — the second waits for the next round and is refused as already contacted, never sent', async () => {
    const chaos = await world(3);
    const [first, second, third] = chaos.messages;
    await sameRecipient(second!.outboxId, first!.outboxId);
    const settlements = await handleSendJobs([first!, second!, third!].map(jobFor), chaos.workers[0]!);
    expect(sentIdOf(settlements[0])).toBe(first!.outboxId);
    expect(sentIdOf(settlements[1])).toBeNull();
    expect(reasonOf(settlements[1])).toMatch(/already_contacted/);
    expect(sentIdOf(settlements[2])).toBe(third!.outboxId);
    expect(chaos.instruments.deliveries).toHaveLength(2);
    expect(await reservationCount()).toBe(2);
  });

  it('EM-7: a send whose idempotency key is already reserved (a crash after reserving) replays it: delivered once, no second reservation', async () => {
    const chaos = await world(2, { hourly: 1 });
    const [first, second] = chaos.messages;
    const ledger = createSendReservationRepository(database.db);
    const held = await ledger.reserve({
      idempotencyKey: first!.idempotencyKey,
      mailboxes: ['sender0@cold.example.com'],
      recipientDomain: 'example.org',
      at: chaos.instruments.clock.now(),
      caps: { ...openLimits, hourly: 1, rampDaily: null },
    });
    expect(held.status).toBe('reserved');
    const settlements = await handleSendJobs([first!, second!].map(jobFor), chaos.workers[0]!);
    expect(sentIdOf(settlements[0])).toBe(first!.outboxId);
    // The replay took no new quota, so the hourly cap of 1 (used by the replayed reservation) defers the other.
    expect(reasonOf(settlements[1])).toMatch(/limit_hourly/);
    expect(chaos.instruments.deliveries).toHaveLength(1);
    expect(chaos.instruments.deliveries[0]?.mailbox).toBe('sender0@cold.example.com');
    expect(await reservationCount()).toBe(1);
  });

  it('EM-7: a refusal in the middle of a batch (suppressed recipient) reserves nothing for it; the rest go', async () => {
    const chaos = await world(3);
    const [first, second, third] = chaos.messages;
    const { rows } = await sql<{
      recipient: string;
    }>`SELECT recipient FROM outbox WHERE id = ${second!.outboxId}`.execute(database.db);
    await createStore(database.db, { suppressionSalt: 'chaos-salt' }).suppression.add({
      emailKey: rows[0]!.recipient.toLowerCase(),
      reason: 'unsubscribed',
      source: 'test',
    });
    const settlements = await handleSendJobs([first!, second!, third!].map(jobFor), chaos.workers[0]!);
    expect(sentIdOf(settlements[0])).toBe(first!.outboxId);
    expect(sentIdOf(settlements[1])).toBeNull();
    expect(settlements[1]?.status).toBe('rejected');
    expect(sentIdOf(settlements[2])).toBe(third!.outboxId);
    expect(chaos.instruments.deliveries).toHaveLength(2);
    expect(await reservationCount()).toBe(2);
    expect((await chaos.rows()).find((row) => row.outboxId === second!.outboxId)?.status).not.toBe('sent');
  });

  it('EM-7: 25 jobs against an hourly cap of 20 deliver and reserve exactly 20; the other 5 are deferred and stay queued', async () => {
    const chaos = await world(25, { hourly: 20 });
    const settlements = await handleSendJobs(chaos.messages.map(jobFor), chaos.workers[0]!);
    expect(settlements.filter((settlement) => sentIdOf(settlement) !== null)).toHaveLength(20);
    const deferred = settlements.filter((settlement) => sentIdOf(settlement) === null);
    expect(deferred.map(reasonOf).every((reason) => reason?.includes('limit_hourly'))).toBe(true);
    expect(chaos.instruments.deliveries).toHaveLength(20);
    expect(await reservationCount()).toBe(20);
    const rows = await chaos.rows();
    expect(rows.filter((row) => row.status === 'sent')).toHaveLength(20);
    expect(rows.filter((row) => row.status === 'queued')).toHaveLength(5);
  });

  it('EM-7: each send of a batch is reserved at its own delivery instant, so spacing holds over delivery times', async () => {
    const chaos = await world(6);
    const jobs = chaos.messages.map(jobFor);
    const instantOf = new Map(jobs.map((job, index) => [job.id, Date.parse('2026-11-23T15:00:00Z') + index * 7_000]));
    await handleSendJobs(jobs, chaos.workers[0]!, {
      beforeEach: (job) => chaos.instruments.clock.set(instantOf.get(job.id) ?? 0),
    });
    const { rows } = await sql<{ key: string; at: Date }>`SELECT idempotency_key AS key, reserved_at AS at
      FROM send_reservations`.execute(database.db);
    const reservedAt = new Map(rows.map((row) => [row.key, new Date(row.at).getTime()]));
    expect(rows).toHaveLength(6);
    for (const job of jobs) expect(reservedAt.get(job.payload.idempotencyKey)).toBe(instantOf.get(job.id));
    expect(chaos.instruments.deliveries.map((delivery) => delivery.atMs)).toEqual([...instantOf.values()]);
  });

  it('RES-5: with EMERGENCY_STOP on, a batch makes no vendor call, reserves nothing and leaves every row queued', async () => {
    const chaos = await world(5);
    chaos.instruments.flipEmergencyStop(true);
    const settlements = await handleSendJobs(chaos.messages.map(jobFor), chaos.workers[0]!);
    expect(settlements.every((settlement) => settlement.status === 'rejected')).toBe(true);
    expect(chaos.instruments.spy.calls).toBe(0);
    expect(await reservationCount()).toBe(0);
    expect((await chaos.rows()).every((row) => row.status === 'queued')).toBe(true);
  });
});
