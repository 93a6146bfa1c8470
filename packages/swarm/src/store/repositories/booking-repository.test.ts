import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createAdvisoryHostLock } from './advisory-host-lock.js';
import { createBookingRepository } from './booking-repository.js';
import { createCalendarEventRepository } from './calendar-event-repository.js';

const record = {
  idempotencyKey: 'thread-1:pick-2',
  bookingId: 'abc123',
  hostId: 'host-a',
  start: '2031-06-03T08:00:00.000Z',
  end: '2031-06-03T08:30:00.000Z',
  attemptId: 'attempt-1',
  bookedAt: '2031-06-02T05:00:00.000Z',
  conflictDetected: false,
};

describe('SQL booking store, embedded calendar rows and the advisory host lock (specs/scheduling.md §6.7)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
  });

  it('§6.7 step 2: a key maps to its first booking; a second put keeps the first; listForHost finds overlaps only', async () => {
    const bookings = createBookingRepository(database.db);
    expect(await bookings.get(record.idempotencyKey)).toBeUndefined();
    await Promise.all([bookings.put(record), bookings.put({ ...record, bookingId: 'other', attemptId: 'attempt-2' })]);
    expect((await bookings.get(record.idempotencyKey))?.bookingId).toMatch(/^(abc123|other)$/);
    await bookings.put({ ...record, bookingId: 'late' });
    expect((await bookings.get(record.idempotencyKey))?.bookingId).not.toBe('late');
    const at = (iso: string): number => Date.parse(iso);
    expect(await bookings.listForHost('host-a', at('2031-06-03T08:30:00Z'), at('2031-06-03T09:00:00Z'))).toEqual([]);
    expect(await bookings.listForHost('host-b', at('2031-06-03T00:00:00Z'), at('2031-06-04T00:00:00Z'))).toEqual([]);
    const found = await bookings.listForHost('host-a', at('2031-06-03T08:29:00Z'), at('2031-06-03T09:00:00Z'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: record.start, end: record.end, conflictDetected: false });
  });

  it('§6.7 step 5: racing inserts of one (host, id) store one row; ids are per host; delete says whether it existed', async () => {
    const events = createCalendarEventRepository(database.db);
    const event = { hostId: 'host-a', id: 'fixed', start: record.start, end: record.end, title: 'Intro' };
    const results = await Promise.all([events.insertIfAbsent(event), events.insertIfAbsent(event)]);
    expect(results.filter((result) => result !== undefined)).toHaveLength(1);
    expect(await events.insertIfAbsent({ ...event, hostId: 'host-b' })).toMatchObject({
      hostId: 'host-b',
      id: 'fixed',
    });
    const generated = await events.insertIfAbsent({
      ...event,
      id: undefined,
      details: { videoLink: 'https://meet.example.com/x' },
    });
    expect(generated?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(generated?.details).toEqual({ videoLink: 'https://meet.example.com/x' });
    const listed = await events.listOverlapping(
      'host-a',
      new Date('2031-06-03T08:29:59Z'),
      new Date('2031-06-03T08:30:00Z'),
    );
    expect(listed.map((row) => row.status)).toEqual(['confirmed', 'confirmed']);
    expect(await events.listOverlapping('host-a', new Date(record.end), new Date('2031-06-03T10:00:00Z'))).toEqual([]);
    expect(await events.delete('host-a', 'fixed')).toBe(true);
    expect(await events.delete('host-a', 'fixed')).toBe(false);
  });

  it('§6.7 step 1: work for one host runs one at a time, other hosts are not held up; the lease is held only while it runs', async () => {
    const lock = createAdvisoryHostLock(database.db);
    const trace: string[] = [];
    const work = (name: string) => async () => {
      trace.push(`${name}:in`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      trace.push(`${name}:out`);
    };
    await Promise.all([
      lock.withLock('host-a', work('a1')),
      lock.withLock('host-a', work('a2')),
      lock.withLock('host-b', work('b')),
    ]);
    expect(trace.indexOf('a1:out')).toBeLessThan(trace.indexOf('a2:in'));
    expect(trace.indexOf('b:in')).toBeLessThan(trace.indexOf('a1:out'));
    const leases = await Promise.all([
      lock.withLock('host-a', async (lease) => ({ token: lease.fencingToken, held: await lease.stillHeld() })),
      lock.withLock('host-a', async (lease) => ({ token: lease.fencingToken, held: await lease.stillHeld() })),
    ]);
    expect(leases.map((lease) => lease.held)).toEqual([true, true]);
    expect(leases[1]!.token).toBeGreaterThan(leases[0]!.token);
    await expect(lock.withLock('host-a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await lock.withLock('host-a', async (lease) => lease.stillHeld())).toBe(true);
  });

  it('§6.7 step 1: the fencing check fails once the lease time has passed', async () => {
    const lock = createAdvisoryHostLock(database.db, { leaseMilliseconds: 10 });
    const held = await lock.withLock('host-a', async (lease) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return lease.stillHeld();
    });
    expect(held).toBe(false);
  });
});
