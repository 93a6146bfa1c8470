import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SendCaps } from '../../domain/send-caps.js';
import { capViolations } from './__fixtures__/cap-violations.js';
import { createInMemorySendLedger } from './in-memory-send-ledger.js';

const tightCaps: SendCaps = {
  monthly: 30,
  daily: 20,
  hourly: 6,
  perRecipientDomainPerHour: 3,
  mailboxSpacingSeconds: 30,
  mailboxDaily: 8,
  rampDaily: null,
};
const mailboxes = ['a@out.example.com', 'b@out.example.com', 'c@out.example.com', 'd@out.example.com'];
const start = Date.parse('2026-03-30T00:00:00Z');

const operation = fc.record({
  // A fraction of the schedule's span; workers' clocks are not ordered (any order of instants).
  permille: fc.integer({ min: 0, max: 1000 }),
  domain: fc.integer({ min: 0, max: 7 }),
  firstMailbox: fc.integer({ min: 0, max: 3 }),
  worker: fc.integer({ min: 0, max: 3 }),
});

const spans = fc.constantFrom(5 * 60_000, 90 * 60_000, 3 * 3_600_000, 26 * 3_600_000, 2 * 86_400_000, 5 * 86_400_000);

describe('createInMemorySendLedger', () => {
  it('EM-7: random schedules from 4 concurrent workers never exceed any cap, and refusals keep nothing', async () => {
    await fc.assert(
      // Spans from minutes (spacing, hourly caps bind) to days across a month boundary (daily, monthly).
      fc.asyncProperty(spans, fc.array(operation, { minLength: 1, maxLength: 120 }), async (spanMs, operations) => {
        const ledger = createInMemorySendLedger();
        const queues = [0, 1, 2, 3].map((worker) => operations.filter((op) => op.worker === worker));
        let reserved = 0;
        await Promise.all(
          queues.map(async (queue, worker) => {
            for (const [index, op] of queue.entries()) {
              await Promise.resolve();
              const rotation = [...mailboxes.slice(op.firstMailbox), ...mailboxes.slice(0, op.firstMailbox)];
              const outcome = await ledger.reserve({
                idempotencyKey: `w${worker}-${index}`,
                mailboxes: rotation,
                recipientDomain: `d${op.domain}.example.org`,
                at: new Date(start + Math.floor((op.permille / 1000) * spanMs)),
                caps: tightCaps,
              });
              if (outcome.status === 'reserved') reserved += 1;
            }
          }),
        );
        expect(ledger.reservations).toHaveLength(reserved);
        expect(capViolations(ledger.reservations, tightCaps)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('EM-7: the same idempotency key reserves once; release gives the quota back', async () => {
    const ledger = createInMemorySendLedger();
    const request = {
      idempotencyKey: 'send:1',
      mailboxes,
      recipientDomain: 'example.org',
      at: new Date(start),
      caps: { ...tightCaps, hourly: 1 },
    };
    const first = await ledger.reserve(request);
    const again = await ledger.reserve(request);
    expect(again).toMatchObject({ status: 'reserved', replayed: true });
    expect(ledger.reservations).toHaveLength(1);
    expect((await ledger.reserve({ ...request, idempotencyKey: 'send:2' })).status).toBe('refused');
    if (first.status === 'reserved') await ledger.release(first.reservationId);
    expect((await ledger.reserve({ ...request, idempotencyKey: 'send:2' })).status).toBe('reserved');
  });
});
