import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SendCaps } from '../../domain/send-caps.js';
import type { SendReservationRequest } from '../../ports/send-ledger.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createSendReservationRepository } from './send-reservation-repository.js';

const caps: SendCaps = {
  monthly: 3000,
  daily: 150,
  hourly: 20,
  perRecipientDomainPerHour: 100,
  mailboxSpacingSeconds: 30,
  mailboxDaily: 100,
  rampDaily: null,
};
const at = new Date('2026-03-02T15:00:00Z');
const mailboxes = Array.from({ length: 30 }, (_, index) => `m${index}@out.example.com`);

/** Request `index` of a batch: its own key, every mailbox (rotated so each prefers its own), one instant. */
function request(index: number, overrides: Partial<SendReservationRequest> = {}): SendReservationRequest {
  return {
    idempotencyKey: `send:${index}`,
    mailboxes: [...mailboxes.slice(index % 30), ...mailboxes.slice(0, index % 30)],
    recipientDomain: `d${index}.example.org`,
    at,
    caps,
    ...overrides,
  };
}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => database.freshSchema());

/** A batch as the send worker reserves it: one `reserve` per send, in order, each seeing the earlier ones. */
async function reserveInTurn(requests: readonly SendReservationRequest[]) {
  const ledger = createSendReservationRepository(database.db);
  const outcomes = [];
  for (const next of requests) outcomes.push(await ledger.reserve(next));
  return outcomes;
}

async function reservationCount(): Promise<number> {
  const rows = await database.db
    .withTables<{ send_reservations: { id: string } }>()
    .selectFrom('send_reservations')
    .select('id')
    .execute();
  return rows.length;
}

describe('SendReservationRepository.reserve in turn (EM-7, the batch path)', () => {
  it('EM-7: 25 sends against an hourly cap of 20 reserve exactly 20, the first 20 in order; the 5 refusals keep nothing', async () => {
    const outcomes = await reserveInTurn(Array.from({ length: 25 }, (_, index) => request(index)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      ...Array<string>(20).fill('reserved'),
      ...Array<string>(5).fill('refused'),
    ]);
    expect(
      outcomes.slice(20).every((outcome) => outcome.status === 'refused' && outcome.reasonCode === 'limit_hourly'),
    ).toBe(true);
    expect(await reservationCount()).toBe(20);
  });

  it('EM-7: reservations already in the ledger count against the batch (15 held + 10 asked, hourly 20 → 5 more)', async () => {
    const ledger = createSendReservationRepository(database.db);
    for (let index = 0; index < 15; index += 1) await ledger.reserve(request(100 + index));
    const outcomes = await reserveInTurn(Array.from({ length: 10 }, (_, index) => request(index)));
    expect(outcomes.filter((outcome) => outcome.status === 'reserved')).toHaveLength(5);
    expect(await reservationCount()).toBe(20);
  });

  it('EM-7: outcomes come back per request in input order, each with the mailbox it took, no mailbox twice inside the 30 s spacing', async () => {
    const requests = [request(3), request(1), request(2)];
    const outcomes = await reserveInTurn(requests);
    const taken = outcomes.map((outcome) => (outcome.status === 'reserved' ? outcome.mailbox : null));
    expect(taken).toEqual(['m3@out.example.com', 'm1@out.example.com', 'm2@out.example.com']);
    // Same preferred mailbox for two sends at one instant: spacing sends the second to the next mailbox.
    const crowded = await reserveInTurn([request(10, { idempotencyKey: 'a' }), request(10, { idempotencyKey: 'b' })]);
    expect(crowded.map((outcome) => (outcome.status === 'reserved' ? outcome.mailbox : null))).toEqual([
      'm10@out.example.com',
      'm11@out.example.com',
    ]);
  });

  it('EM-7: a replayed idempotency key (in the ledger or twice in the batch) returns the same reservation and takes no quota', async () => {
    const ledger = createSendReservationRepository(database.db);
    const first = await ledger.reserve(request(1));
    const outcomes = await reserveInTurn([request(1), request(2), request(2, { at: new Date(at.getTime() + 5_000) })]);
    expect(outcomes[0]).toEqual({ ...first, replayed: true });
    expect(outcomes[1]).toMatchObject({ status: 'reserved', replayed: false });
    const second = outcomes[1] as { reservationId: string; mailbox: string };
    expect(outcomes[2]).toEqual({
      status: 'reserved',
      reservationId: second.reservationId,
      mailbox: second.mailbox,
      replayed: true,
    });
    expect(await reservationCount()).toBe(2);
    // A later batch replays both.
    const again = await reserveInTurn([request(2), request(1)]);
    expect(again.every((outcome) => outcome.status === 'reserved' && outcome.replayed)).toBe(true);
    expect(await reservationCount()).toBe(2);
  });

  it('EM-7: a refusal in the middle of a batch reserves nothing for it and does not block the sends after it', async () => {
    const tight = { ...caps, perRecipientDomainPerHour: 1 };
    const outcomes = await reserveInTurn([
      request(1, { recipientDomain: 'same.example.org', caps: tight }),
      request(2, { recipientDomain: 'same.example.org', caps: tight }),
      request(3, { recipientDomain: 'other.example.org', caps: tight }),
    ]);
    expect(outcomes.map((outcome) => (outcome.status === 'refused' ? outcome.reasonCode : outcome.status))).toEqual([
      'reserved',
      'limit_recipient_domain',
      'reserved',
    ]);
    expect(await reservationCount()).toBe(2);
  });
});
