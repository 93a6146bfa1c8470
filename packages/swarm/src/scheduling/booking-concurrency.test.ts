import { describe, expect, it } from 'vitest';
import type { HostLock } from '../ports/host-lock.js';
import type { BookingAttempt, BookingOutcome } from './booking.js';
import { createBookingService } from './booking-service.js';
import type { HostConfig } from './host-config.js';
import { createInMemoryBookingStore } from './in-memory-booking-store.js';
import { createInMemoryCalendarAdapter, type InMemoryCalendarAdapter } from './in-memory-calendar-adapter.js';
import { createInProcessHostLock } from './in-process-host-lock.js';
import { createSeededRandom } from './seeded-random.js';

const host: HostConfig = { id: 'host-concurrency', timezone: 'Europe/London' };
const now = (): Date => new Date('2026-06-01T06:00:00Z');
const repetitions = 20;

/** Mutually conflicting attempts (09:00 BST = 08:00Z): same slot ×5, the adjacent slot inside the buffer ×3, an overlapping hour ×2. */
function contestedAttempts(round: number): BookingAttempt[] {
  const same = Array.from({ length: 5 }, (_, index) => ({
    start: '2026-06-02T09:00:00Z',
    durationMinutes: 30,
    key: `same-${index}`,
  }));
  const adjacent = Array.from({ length: 3 }, (_, index) => ({
    start: '2026-06-02T09:30:00Z',
    durationMinutes: 30,
    key: `adjacent-${index}`,
  }));
  const overlapping = Array.from({ length: 2 }, (_, index) => ({
    start: '2026-06-02T08:30:00Z',
    durationMinutes: 60,
    key: `overlap-${index}`,
  }));
  return [...same, ...adjacent, ...overlapping].map((entry) => ({
    id: `${round}-${entry.key}`,
    start: entry.start,
    durationMinutes: entry.durationMinutes,
    idempotencyKey: `${round}-${entry.key}`,
  }));
}

/** Independent attempts in the same burst: one retried twice with one key, one separate slot. */
function independentAttempts(round: number): BookingAttempt[] {
  const retried = {
    id: `${round}-retry`,
    start: '2026-06-02T13:00:00Z',
    durationMinutes: 30,
    idempotencyKey: `${round}-retried`,
  };
  return [
    retried,
    { ...retried, id: `${round}-retry-again` },
    { id: `${round}-solo`, start: '2026-06-02T15:00:00Z', durationMinutes: 45, idempotencyKey: `${round}-solo` },
  ];
}

function noOverlaps(calendar: InMemoryCalendarAdapter, bufferMinutes: number): boolean {
  const intervals = calendar
    .events()
    .map(
      (event) =>
        ('start' in event && event.start ? [Date.parse(event.start), Date.parse(event.end)] : [0, 0]) as [
          number,
          number,
        ],
    )
    .sort((left, right) => left[0] - right[0]);
  return intervals.every(
    (interval, index) => index === 0 || interval[0] >= (intervals[index - 1]?.[1] ?? 0) + bufferMinutes * 60_000,
  );
}

async function runRound(round: number, lockFor: (index: number) => HostLock) {
  const calendar = createInMemoryCalendarAdapter({ random: createSeededRandom(round + 1) });
  const bookings = createInMemoryBookingStore();
  // Two workers (service instances) share the calendar, the store and — unless the control says otherwise — the lock.
  const workers = [0, 1].map((index) => createBookingService({ host, calendar, now, bookings, lock: lockFor(index) }));
  const contested = contestedAttempts(round);
  const independent = independentAttempts(round);
  const all = [...contested, ...independent];
  const outcomes: BookingOutcome[] = await Promise.all(all.map((attempt, index) => workers[index % 2]!.book(attempt)));
  return { calendar, contested: outcomes.slice(0, contested.length), independent: outcomes.slice(contested.length) };
}

describe('SPEC §7 / §6.7 concurrent bookings — exactly one wins', () => {
  it(`§6.7: ${repetitions} rounds of simultaneous same/overlapping bookings against a 20–60 ms calendar: exactly the right number succeed`, async () => {
    const sharedLocks = Array.from({ length: repetitions }, () => createInProcessHostLock());
    const rounds = await Promise.all(
      Array.from({ length: repetitions }, (_, round) => runRound(round, () => sharedLocks[round]!)),
    );
    for (const [round, result] of rounds.entries()) {
      const winners = result.contested.filter((outcome) => outcome.ok);
      expect(winners, `round ${round}`).toHaveLength(1);
      expect(
        result.contested
          .filter((outcome) => !outcome.ok)
          .every((outcome) => !outcome.ok && outcome.code === 'SLOT_UNAVAILABLE'),
      ).toBe(true);
      expect(result.independent.every((outcome) => outcome.ok)).toBe(true);
      const [first, retry] = result.independent;
      expect(
        first?.ok && retry?.ok && first.bookingId === retry.bookingId,
        `round ${round}: retry kept its booking`,
      ).toBe(true);
      expect(result.calendar.events(), `round ${round}`).toHaveLength(3);
      expect(noOverlaps(result.calendar, 15), `round ${round}`).toBe(true);
    }
  });

  it('§6.7 step 1 control: without a shared lock the same burst double-books (the test above can fail)', async () => {
    const unlocked: HostLock = { withLock: (_hostId, work) => work({ fencingToken: 0, stillHeld: async () => true }) };
    const result = await runRound(99, () => unlocked);
    expect(result.contested.filter((outcome) => outcome.ok).length).toBeGreaterThan(1);
  });
});

describe('§6.7 step 1 default lock', () => {
  it('§6.7: services created without a lock for the same host id still serialise (process-wide mutex), ≥ 20 rounds', async () => {
    const rounds = await Promise.all(
      Array.from({ length: repetitions }, async (_, round) => {
        const calendar = createInMemoryCalendarAdapter({ random: createSeededRandom(500 + round) });
        const roundHost: HostConfig = { ...host, id: `default-lock-${round}` };
        const attempts = contestedAttempts(round);
        // One service per attempt and no shared store: only the default lock and the calendar re-read protect the slot.
        const outcomes = await Promise.all(
          attempts.map((attempt) => createBookingService({ host: roundHost, calendar, now }).book(attempt)),
        );
        return { outcomes, events: calendar.events().length };
      }),
    );
    for (const [round, result] of rounds.entries()) {
      expect(
        result.outcomes.filter((outcome) => outcome.ok),
        `round ${round}`,
      ).toHaveLength(1);
      expect(result.events).toBe(1);
    }
  });

  it('§6.7 step 3: a competitor event on exactly the same instants without ids keeps blocking', async () => {
    const calendar = createInMemoryCalendarAdapter({ latency: { minimumMilliseconds: 0, maximumMilliseconds: 0 } });
    const withoutIds = {
      ...calendar,
      listBusy: async (from: string | number | Date, to: string | number | Date) =>
        (await calendar.listBusy(from, to)).map(({ id: _id, ...event }) => event),
    };
    const service = createBookingService({ host: { ...host, id: 'no-ids' }, calendar: withoutIds, now });
    const first = await service.book({
      id: 'a',
      start: '2026-06-02T09:00:00Z',
      durationMinutes: 30,
      idempotencyKey: 'no-ids-a',
    });
    const second = await service.book({
      id: 'b',
      start: '2026-06-02T09:00:00Z',
      durationMinutes: 30,
      idempotencyKey: 'no-ids-b',
    });
    expect(first.ok).toBe(true);
    expect(second).toEqual({ ok: false, code: 'SLOT_UNAVAILABLE' });
  });
});
