/**
 * The booking guard in production shape on the embedded calendar (specs/scheduling.md §6.7, SPEC §7
 * "concurrent requests for one slot — exactly one wins"): createBookingService with the SQL booking store,
 * the advisory host lock and the embedded calendar on PGlite, every calendar call delayed by a random
 * 20–60 ms. Each of ≥ 20 rounds fires simultaneous bookings for the same and overlapping slots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedCalendarAdapter } from '../../src/adapters/embedded-calendar/index.js';
import type { CalendarAdapter } from '../../src/ports/calendar-adapter.js';
import {
  createBookingService,
  createSeededRandom,
  type BookingAttempt,
  type HostConfig,
} from '../../src/scheduling/index.js';
import { createAdvisoryHostLock } from '../../src/store/repositories/advisory-host-lock.js';
import { createBookingRepository } from '../../src/store/repositories/booking-repository.js';
import { createCalendarEventRepository } from '../../src/store/repositories/calendar-event-repository.js';
import { createTestDatabase, type TestDatabase } from '../../src/test-support/test-database.js';

const repetitions = 20;
const now = (): Date => new Date('2031-06-02T05:00:00Z');

/** Delays every call by 20–60 ms (the spec's provider latency) from a seeded source. */
function withLatency(calendar: CalendarAdapter, random: () => number): CalendarAdapter {
  const wait = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20 + random() * 40));
  return {
    listBusy: async (from, to) => (await wait(), calendar.listBusy(from, to)),
    createEvent: async (event) => (await wait(), calendar.createEvent(event)),
    deleteEvent: async (id) => (await wait(), calendar.deleteEvent(id)),
  };
}

/** 09:00 BST = 08:00Z. Same slot ×5, the next slot inside the 15-min buffer ×3, an overlapping hour from the same start ×2: one may win. */
function contested(round: number): BookingAttempt[] {
  const entries = [
    ...Array.from({ length: 5 }, (_, index) => ['2031-06-03T08:00:00Z', 30, `same-${index}`] as const),
    ...Array.from({ length: 3 }, (_, index) => ['2031-06-03T08:30:00Z', 30, `adjacent-${index}`] as const),
    ...Array.from({ length: 2 }, (_, index) => ['2031-06-03T08:00:00Z', 60, `overlap-${index}`] as const),
  ];
  return entries.map(([start, durationMinutes, key]) => ({
    id: `${round}-${key}`,
    start,
    durationMinutes,
    idempotencyKey: `${round}-${key}`,
  }));
}

/** Bookings that must all succeed in the same burst: one key sent twice, and two separate slots. */
function independent(round: number): BookingAttempt[] {
  const retried = {
    id: `${round}-r1`,
    start: '2031-06-03T12:00:00Z',
    durationMinutes: 30,
    idempotencyKey: `${round}-retried`,
  };
  return [
    retried,
    { ...retried, id: `${round}-r2` },
    { id: `${round}-a`, start: '2031-06-03T13:00:00Z', durationMinutes: 30, idempotencyKey: `${round}-a` },
    { id: `${round}-b`, start: '2031-06-03T14:00:00Z', durationMinutes: 30, idempotencyKey: `${round}-b` },
  ];
}

describe('booking guard on the embedded calendar with SQL bookings and the advisory lock (§6.7)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.freshSchema();
  });
  afterAll(() => database.close());

  it(`SPEC §7: in ${repetitions} rounds of simultaneous bookings exactly the right number succeed, with no overlap`, async () => {
    const events = createCalendarEventRepository(database.db);
    const bookings = createBookingRepository(database.db);
    const lock = createAdvisoryHostLock(database.db);
    const random = createSeededRandom(7);
    const started = performance.now();
    // Rounds use separate hosts, so they run side by side: host locks must not serialise across hosts.
    const runRound = async (round: number): Promise<void> => {
      const hostId = `host-${round}`;
      const host: HostConfig = { id: hostId, timezone: 'Europe/London' };
      const calendar = withLatency(createEmbeddedCalendarAdapter({ hostId, events }), random);
      // Two services share the lock and the store, as two booking paths of one worker would.
      const services = [0, 1].map(() => createBookingService({ host, calendar, now, lock, bookings }));
      const attempts = [...contested(round), ...independent(round)];
      const outcomes = await Promise.all(attempts.map((attempt, index) => services[index % 2]!.book(attempt)));
      const contestedOutcomes = outcomes.slice(0, 10);
      const independentOutcomes = outcomes.slice(10);
      expect(contestedOutcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(contestedOutcomes.filter((outcome) => !outcome.ok)).toEqual(
        Array.from({ length: 9 }, () => ({ ok: false, code: 'SLOT_UNAVAILABLE' })),
      );
      expect(independentOutcomes.every((outcome) => outcome.ok)).toBe(true);
      expect(independentOutcomes[0]).toEqual(independentOutcomes[1]);

      const day = { from: new Date('2031-06-03T00:00:00Z'), to: new Date('2031-06-04T00:00:00Z') };
      const stored = await events.listOverlapping(hostId, day.from, day.to);
      expect(stored).toHaveLength(4);
      const buffer = 15 * 60_000;
      for (const [index, event] of stored.entries()) {
        const next = stored[index + 1];
        if (next) expect(Date.parse(next.start)).toBeGreaterThanOrEqual(Date.parse(event.end) + buffer);
      }
      const records = await bookings.listForHost(hostId, day.from.getTime(), day.to.getTime());
      expect(records.map((record) => record.bookingId).sort()).toEqual(stored.map((event) => event.id).sort());
    };
    await Promise.all(Array.from({ length: repetitions }, (_, round) => runRound(round)));
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThan(0);
    console.info(`embedded booking concurrency: ${repetitions} rounds × 14 attempts in ${Math.round(elapsed)} ms`);
  });
});
