import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SendCaps } from '../../domain/send-caps.js';
import { capViolations } from '../../outbound/policy/__fixtures__/cap-violations.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createSendReservationRepository } from './send-reservation-repository.js';

const defaults: SendCaps = {
  monthly: 3000,
  daily: 150,
  hourly: 20,
  perRecipientDomainPerHour: 5,
  mailboxSpacingSeconds: 30,
  mailboxDaily: 30,
  rampDaily: null,
};
const at = new Date('2026-03-02T15:00:00Z');

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

async function keptSends() {
  const rows = await database.db
    .withTables<{ send_reservations: { mailbox: string; recipient_domain: string; reserved_at: Date } }>()
    .selectFrom('send_reservations')
    .select(['mailbox', 'recipient_domain', 'reserved_at'])
    .execute();
  return rows.map((row) => ({
    atMs: new Date(row.reserved_at).getTime(),
    mailbox: row.mailbox,
    recipientDomain: row.recipient_domain,
  }));
}

describe('createSendReservationRepository', () => {
  it('EM-7: 60 parallel reservations never exceed the hourly, domain, spacing or mailbox caps; refusals keep nothing', async () => {
    const ledger = createSendReservationRepository(database.db);
    const mailboxes = Array.from({ length: 20 }, (_, index) => `m${index}@out.example.com`);
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        ledger.reserve({
          idempotencyKey: `send:${index}`,
          mailboxes: [...mailboxes.slice(index % 20), ...mailboxes.slice(0, index % 20)],
          recipientDomain: `d${index % 3}.example.org`,
          at: new Date(at.getTime() + (index % 4) * 1000),
          caps: defaults,
        }),
      ),
    );
    const reserved = outcomes.filter((outcome) => outcome.status === 'reserved');
    const refusedCodes = new Set(
      outcomes.flatMap((outcome) => (outcome.status === 'refused' ? [outcome.reasonCode] : [])),
    );
    // 20 mailboxes could take 20 (one each per 30 s), but 3 recipient domains × 5 per hour = 15 fit.
    expect(reserved).toHaveLength(15);
    expect(refusedCodes).toEqual(new Set(['limit_recipient_domain']));
    const kept = await keptSends();
    expect(kept).toHaveLength(15);
    expect(capViolations(kept, defaults)).toEqual([]);
    expect(await ledger.countSince(at)).toBe(15);
  });

  it('EM-7: parallel reservations on 2 mailboxes keep 30 s spacing; the hourly cap of 20 holds across 4 "workers"', async () => {
    const ledger = createSendReservationRepository(database.db);
    const workers = [0, 1, 2, 3].map(async (worker) => {
      const outcomes = [];
      for (let step = 0; step < 20; step += 1) {
        outcomes.push(
          await ledger.reserve({
            idempotencyKey: `w${worker}:${step}`,
            mailboxes:
              worker % 2 === 0
                ? ['a@out.example.com', 'b@out.example.com']
                : ['b@out.example.com', 'a@out.example.com'],
            recipientDomain: `d${worker}-${step}.example.org`,
            at: new Date(at.getTime() + step * 15_000),
            caps: defaults,
          }),
        );
      }
      return outcomes;
    });
    const outcomes = (await Promise.all(workers)).flat();
    const kept = await keptSends();
    expect(kept.length).toBe(outcomes.filter((outcome) => outcome.status === 'reserved').length);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThanOrEqual(20);
    expect(capViolations(kept, defaults)).toEqual([]);
  });

  it('EM-7: caps hold across a restart (a second repository over the same database)', async () => {
    const before = createSendReservationRepository(database.db);
    for (let index = 0; index < 20; index += 1) {
      const outcome = await before.reserve({
        idempotencyKey: `send:${index}`,
        mailboxes: [`m${index}@out.example.com`],
        recipientDomain: `d${index}.example.org`,
        at: new Date(at.getTime() + index * 1000),
        caps: defaults,
      });
      expect(outcome.status).toBe('reserved');
    }
    const after = createSendReservationRepository(database.db);
    const refused = await after.reserve({
      idempotencyKey: 'send:20',
      mailboxes: ['m20@out.example.com'],
      recipientDomain: 'd20.example.org',
      at: new Date(at.getTime() + 30_000),
      caps: defaults,
    });
    expect(refused).toMatchObject({ status: 'refused', reasonCode: 'limit_hourly' });
    expect(await after.firstReservationAt()).toEqual(at);
  });

  it('EM-7: a replayed idempotency key reserves once; release gives the quota back', async () => {
    const ledger = createSendReservationRepository(database.db);
    const request = {
      idempotencyKey: 'send:1',
      mailboxes: ['a@out.example.com'],
      recipientDomain: 'example.org',
      at,
      caps: { ...defaults, daily: 1 },
    };
    const first = await ledger.reserve(request);
    expect(await ledger.reserve(request)).toMatchObject({ status: 'reserved', replayed: true });
    expect((await ledger.reserve({ ...request, idempotencyKey: 'send:2' })).status).toBe('refused');
    if (first.status !== 'reserved') throw new Error('first reservation refused');
    await ledger.release(first.reservationId);
    await ledger.release('not-a-uuid');
    expect(await ledger.firstReservationAt()).toBeNull();
    expect((await ledger.reserve({ ...request, idempotencyKey: 'send:2' })).status).toBe('reserved');
  });

  it('SPEC 3.7: the monthly cap counts the UTC calendar month', async () => {
    const ledger = createSendReservationRepository(database.db);
    const caps = { ...defaults, monthly: 2 };
    const reserveAt = (key: string, iso: string) =>
      ledger.reserve({
        idempotencyKey: key,
        mailboxes: [`${key}@out.example.com`],
        recipientDomain: `${key}.example.org`,
        at: new Date(iso),
        caps,
      });
    expect((await reserveAt('a', '2026-03-01T00:00:00Z')).status).toBe('reserved');
    expect((await reserveAt('b', '2026-03-10T00:00:00Z')).status).toBe('reserved');
    expect(await reserveAt('c', '2026-03-31T23:59:00Z')).toMatchObject({ reasonCode: 'limit_monthly' });
    expect((await reserveAt('d', '2026-04-01T00:00:00Z')).status).toBe('reserved');
  });
});
