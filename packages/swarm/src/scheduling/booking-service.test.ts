import { describe, expect, it, vi } from 'vitest';
import type { CalendarAdapter } from '../ports/calendar-adapter.js';
import { createBookingService } from './booking-service.js';
import { findSlots } from './find-slots.js';
import type { HostConfig } from './host-config.js';
import { createInMemoryBookingStore } from './in-memory-booking-store.js';
import { createInMemoryCalendarAdapter } from './in-memory-calendar-adapter.js';
import { createInProcessHostLock } from './in-process-host-lock.js';
import { providerEventId } from './provider-event-id.js';

const host: HostConfig = { id: 'host-a', timezone: 'America/New_York', minimumNoticeMinutes: 150 };
const noLatency = { minimumMilliseconds: 0, maximumMilliseconds: 0 };
// Monday 2026-03-09 07:00 EDT.
const now = (): Date => new Date('2026-03-09T11:00:00Z');
const attempt = (start: string, idempotencyKey = `key-${start}`, durationMinutes = 30) => ({
  id: `attempt-${idempotencyKey}`,
  start,
  durationMinutes,
  idempotencyKey,
});

function setup(events: Parameters<typeof createInMemoryCalendarAdapter>[0] = {}) {
  const calendar = createInMemoryCalendarAdapter({ latency: noLatency, ...events });
  const bookings = createInMemoryBookingStore();
  const onBooked = vi.fn();
  const onConflict = vi.fn();
  const service = createBookingService({ host, calendar, now, bookings, onBooked, onConflict });
  return { calendar, bookings, service, onBooked, onConflict };
}

describe('§6.7 booking guard', () => {
  it('§6.7 step 5: books a valid slot with a deterministic provider id and records it', async () => {
    const { calendar, bookings, service, onBooked } = setup();
    const outcome = await service.book({
      ...attempt('2026-03-09T14:00:00Z', 'thread-1'),
      videoLink: 'https://meet.example.com/abc',
    });
    const expectedId = providerEventId('host-a', 'thread-1');
    expect(outcome).toEqual({ ok: true, bookingId: expectedId });
    expect(expectedId).toMatch(/^[0-9a-v]{5,1024}$/);
    expect(calendar.events()).toEqual([
      expect.objectContaining({ id: expectedId, start: '2026-03-09T14:00:00.000Z', end: '2026-03-09T14:30:00.000Z' }),
    ]);
    expect(bookings.records()).toEqual([
      expect.objectContaining({
        idempotencyKey: 'thread-1',
        bookingId: expectedId,
        bookedAt: '2026-03-09T11:00:00.000Z',
      }),
    ]);
    expect(onBooked).toHaveBeenCalledWith(
      expect.objectContaining({ bookingId: expectedId, hostId: 'host-a', conflictDetected: false }),
    );
  });
  it('§6.7 step 4: OUTSIDE_WORKING_HOURS for weekends, evenings, off-grid starts and ranges crossing the end', async () => {
    const { service, calendar } = setup();
    for (const start of [
      '2026-03-14T14:00:00Z',
      '2026-03-09T23:00:00Z',
      '2026-03-09T14:10:00Z',
      '2026-03-09T21:45:00Z',
    ]) {
      expect(await service.book(attempt(start)), start).toEqual({ ok: false, code: 'OUTSIDE_WORKING_HOURS' });
    }
    expect(calendar.calls.listBusy).toBe(0);
  });
  it('§6.7 step 4: TOO_SOON inside the minimum notice (inclusive boundary books)', async () => {
    const { service } = setup();
    expect(await service.book(attempt('2026-03-09T13:00:00Z'))).toEqual({ ok: false, code: 'TOO_SOON' });
    expect(await service.book(attempt('2026-03-09T13:30:00Z'))).toEqual({ ok: true, bookingId: expect.any(String) });
  });
  it('§6.7 step 4: INVALID_REQUEST for unreadable starts, bad durations or a missing idempotency key', async () => {
    const { service } = setup();
    expect(await service.book(attempt('2026-03-09 14:00'))).toEqual({ ok: false, code: 'INVALID_REQUEST' });
    expect(await service.book(attempt('2026-03-09T14:00:00Z', 'k', 0))).toEqual({ ok: false, code: 'INVALID_REQUEST' });
    expect(await service.book(attempt('2026-03-09T14:00:00Z', ''))).toEqual({ ok: false, code: 'INVALID_REQUEST' });
  });
  it('§6.7 step 3: re-reads busy data fresh over [start − buffer − 1 day, end + buffer + 1 day] and refuses conflicts within the buffer', async () => {
    const { service, calendar } = setup({ events: [{ start: '2026-03-09T14:30:00Z', end: '2026-03-09T15:00:00Z' }] });
    const listBusy = vi.spyOn(calendar, 'listBusy');
    expect(await service.book(attempt('2026-03-09T15:00:00Z'))).toEqual({ ok: false, code: 'SLOT_UNAVAILABLE' });
    expect(listBusy).toHaveBeenCalledWith('2026-03-08T14:45:00.000Z', '2026-03-10T15:45:00.000Z');
    expect(await service.book(attempt('2026-03-09T15:30:00Z'))).toEqual({ ok: true, bookingId: expect.any(String) });
  });
  it('§6.7 step 2: the same idempotency key returns the same booking without writing again', async () => {
    const { service, calendar } = setup();
    const first = await service.book(attempt('2026-03-09T14:00:00Z', 'same'));
    const second = await service.book(attempt('2026-03-09T14:00:00Z', 'same'));
    expect(second).toEqual(first);
    expect(calendar.calls.createEvent).toBe(1);
  });
  it('§6.7 step 5: a retry after a crash between write and record proves the write through ALREADY_EXISTS', async () => {
    const id = providerEventId('host-a', 'crashed');
    const { service, calendar, bookings } = setup({
      events: [{ id, start: '2026-03-09T14:00:00.000Z', end: '2026-03-09T14:30:00.000Z' }],
    });
    expect(await service.book(attempt('2026-03-09T14:00:00Z', 'crashed'))).toEqual({ ok: true, bookingId: id });
    expect(calendar.events()).toHaveLength(1);
    expect(bookings.records()).toHaveLength(1);
  });
  it('§6.7 step 3: our own recorded bookings count as busy even before the calendar shows them', async () => {
    const { service, bookings } = setup();
    await bookings.put({
      idempotencyKey: 'pending',
      bookingId: 'pending-id',
      hostId: 'host-a',
      start: '2026-03-09T14:00:00.000Z',
      end: '2026-03-09T14:30:00.000Z',
      attemptId: 'a',
      bookedAt: '2026-03-09T10:00:00.000Z',
      conflictDetected: false,
    });
    expect(await service.book(attempt('2026-03-09T14:30:00Z'))).toEqual({ ok: false, code: 'SLOT_UNAVAILABLE' });
  });
  it('§6.3 rule 6: a calendar read failure fails closed with a retryable vendor_error and writes nothing', async () => {
    const { service, calendar } = setup();
    calendar.failListBusyWith(new Error('503 from provider'));
    await expect(service.book(attempt('2026-03-09T14:00:00Z'))).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
    });
    expect(calendar.calls.createEvent).toBe(0);
  });
  it('§6.7 step 6: a foreign event added during the write keeps the booking, flags conflictDetected and escalates', async () => {
    const { calendar, bookings, onConflict } = setup();
    const racing: CalendarAdapter = {
      listBusy: (from, to) => calendar.listBusy(from, to),
      deleteEvent: (id) => calendar.deleteEvent(id),
      async createEvent(event) {
        calendar.insertDirectly({ start: '2026-03-09T14:15:00Z', end: '2026-03-09T14:45:00Z' });
        return calendar.createEvent(event);
      },
    };
    const service = createBookingService({ host, calendar: racing, now, bookings, onConflict });
    const outcome = await service.book(attempt('2026-03-09T14:00:00Z', 'raced'));
    expect(outcome).toEqual({ ok: true, bookingId: providerEventId('host-a', 'raced'), conflictDetected: true });
    expect(onConflict).toHaveBeenCalledOnce();
    expect(calendar.calls.deleteEvent).toBe(0);
    expect(calendar.events()).toHaveLength(2);
  });
  it('§6.7 step 1: a lease that expires before the write fails the fencing check and writes nothing', async () => {
    const calendar = createInMemoryCalendarAdapter({ latency: { minimumMilliseconds: 30, maximumMilliseconds: 30 } });
    const service = createBookingService({
      host,
      calendar,
      now,
      lock: createInProcessHostLock({ leaseMilliseconds: 5 }),
    });
    await expect(service.book(attempt('2026-03-09T14:00:00Z'))).rejects.toMatchObject({ code: 'conflict' });
    expect(calendar.calls.createEvent).toBe(0);
  });
  it('§6.7 step 4: the guard accepts exactly the slots findSlots lists (same predicate)', async () => {
    const busy = [
      { start: '2026-03-10T14:00:00Z', end: '2026-03-10T15:10:00Z' },
      { start: '2026-03-09T13:00:00Z', end: '2026-03-09T14:00:00Z', rrule: 'FREQ=DAILY;COUNT=5' },
      { allDay: true as const, startDate: '2026-03-11' },
    ];
    const listed = findSlots({
      host,
      busy,
      request: {
        now: now().toISOString(),
        durationMinutes: 45,
        windowStart: '2026-03-09T00:00:00Z',
        windowEnd: '2026-03-12T00:00:00Z',
        prospectTimezone: 'UTC',
        maxProposals: 3,
      },
    });
    const listedStarts = new Set(listed.available.map((slot) => slot.start));
    expect(listedStarts.size).toBeGreaterThan(10);
    for (let minute = 0; minute < 3 * 24 * 60; minute += 30) {
      const start = new Date(Date.parse('2026-03-09T00:00:00Z') + minute * 60_000).toISOString();
      const { service } = setup({ events: busy });
      const outcome = await service.book(attempt(start, `k-${minute}`, 45));
      expect(outcome.ok, start).toBe(listedStarts.has(start));
    }
  });
  it('HostConfig: an unknown host timezone is a config_invalid error at creation', () => {
    expect(() =>
      createBookingService({ host: { timezone: 'Nowhere/Atlantis' }, calendar: createInMemoryCalendarAdapter(), now }),
    ).toThrow(expect.objectContaining({ code: 'config_invalid' }));
  });
});
