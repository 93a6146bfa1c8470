import { describe, expect, it } from 'vitest';
import type { BusyEvent, CalendarAdapter } from '../ports/calendar-adapter.js';
import { createBookingService } from './booking-service.js';
import { createCalendarService, maximumBusyCacheMs } from './calendar-service.js';
import type { HostCalendarSource } from './host-calendar-source.js';
import type { HostConfig } from './host-config.js';
import { createInMemoryCalendarAdapter } from './in-memory-calendar-adapter.js';
import type { SlotRequest } from './slot.js';

const noLatency = { minimumMilliseconds: 0, maximumMilliseconds: 0 };
const host: HostConfig = { id: 'host-a', timezone: 'UTC', bufferMinutes: 0 };
const request: SlotRequest = {
  now: '2026-03-01T00:00:00.000Z',
  durationMinutes: 30,
  windowStart: '2026-03-02T09:00:00.000Z',
  windowEnd: '2026-03-02T11:00:00.000Z',
  prospectTimezone: 'UTC',
  maxProposals: 5,
};
const startsOf = (slots: { start: string }[]) => slots.map((slot) => slot.start);

function settableClock(startIso = '2026-03-01T00:00:00.000Z') {
  let current = Date.parse(startIso);
  return { now: () => new Date(current), advance: (ms: number) => void (current += ms) };
}

/** Wraps an adapter to record how many listBusy calls run at once. */
function trackConcurrency(adapter: CalendarAdapter, tracker: { active: number; peak: number }): CalendarAdapter {
  return {
    ...adapter,
    async listBusy(from, to) {
      tracker.active += 1;
      tracker.peak = Math.max(tracker.peak, tracker.active);
      try {
        return await adapter.listBusy(from, to);
      } finally {
        tracker.active -= 1;
      }
    },
  };
}

const hanging: CalendarAdapter = {
  listBusy: () => new Promise<BusyEvent[]>(() => undefined),
  createEvent: () => Promise.reject(new Error('not used')),
  deleteEvent: () => Promise.resolve(false),
};

describe('calendar service (specs/scheduling.md §6.3 rule 6, §6.10)', () => {
  it('reads every calendar of the host in parallel and merges their busy time', async () => {
    const tracker = { active: 0, peak: 0 };
    const google = createInMemoryCalendarAdapter({
      latency: { minimumMilliseconds: 15, maximumMilliseconds: 15 },
      events: [{ start: '2026-03-02T09:00:00Z', end: '2026-03-02T10:00:00Z' }],
    });
    const caldav = createInMemoryCalendarAdapter({
      latency: { minimumMilliseconds: 15, maximumMilliseconds: 15 },
      events: [{ start: '2026-03-02T10:30:00Z', end: '2026-03-02T11:00:00Z' }],
    });
    const service = createCalendarService({ now: settableClock().now });
    const result = await service.proposeSlots({
      host,
      request,
      calendars: [
        { provider: 'google', adapter: trackConcurrency(google, tracker) },
        { provider: 'caldav', adapter: trackConcurrency(caldav, tracker) },
      ],
    });
    expect(tracker.peak).toBe(2);
    expect(result.degraded).toBeUndefined();
    expect(startsOf(result.available)).toEqual(['2026-03-02T10:00:00.000Z']);
  });

  it('serves proposals from a busy cache for at most 60 s, then re-reads', async () => {
    const clock = settableClock();
    const calendar = createInMemoryCalendarAdapter({ latency: noLatency });
    const service = createCalendarService({ now: clock.now });
    const calendars: HostCalendarSource[] = [{ provider: 'embedded', adapter: calendar }];
    await service.proposeSlots({ host, calendars, request });
    calendar.insertDirectly({ start: '2026-03-02T09:00:00Z', end: '2026-03-02T11:00:00Z' });
    clock.advance(maximumBusyCacheMs - 1);
    const cached = await service.proposeSlots({ host, calendars, request });
    expect(calendar.calls.listBusy).toBe(1);
    expect(cached.available).toHaveLength(4);
    clock.advance(1);
    const fresh = await service.proposeSlots({ host, calendars, request });
    expect(calendar.calls.listBusy).toBe(2);
    expect(fresh.available).toEqual([]);
  });

  it('never uses more than 60 s of cache even when configured longer', async () => {
    const clock = settableClock();
    const calendar = createInMemoryCalendarAdapter({ latency: noLatency });
    const service = createCalendarService({ now: clock.now, cacheTtlMs: 10 * 60_000 });
    const calendars: HostCalendarSource[] = [{ provider: 'embedded', adapter: calendar }];
    await service.proposeSlots({ host, calendars, request });
    clock.advance(maximumBusyCacheMs);
    await service.proposeSlots({ host, calendars, request });
    expect(calendar.calls.listBusy).toBe(2);
  });

  it('returns degraded with no proposals when any calendar fails (fail closed, §6.3 rule 6)', async () => {
    const healthy = createInMemoryCalendarAdapter({ latency: noLatency });
    const broken = createInMemoryCalendarAdapter({ latency: noLatency });
    broken.failListBusyWith(new Error('HTTP 503'));
    const service = createCalendarService({ now: settableClock().now });
    const result = await service.proposeSlots({
      host,
      request,
      calendars: [
        { provider: 'embedded', adapter: healthy },
        { provider: 'google', adapter: broken },
      ],
    });
    expect(result).toMatchObject({ available: [], proposals: [], degraded: true });
    expect(result.failures).toEqual([expect.objectContaining({ provider: 'google', reason: 'error' })]);
  });

  it('applies the per-provider timeout: a calendar that never answers makes the result degraded', async () => {
    const service = createCalendarService({ now: settableClock().now, timeoutMs: 5_000 });
    const result = await service.proposeSlots({
      host,
      request,
      calendars: [
        { provider: 'embedded', adapter: createInMemoryCalendarAdapter({ latency: noLatency }) },
        { provider: 'gohighlevel', adapter: hanging, timeoutMs: 20 },
      ],
    });
    expect(result).toMatchObject({ available: [], proposals: [], degraded: true });
    expect(result.failures).toEqual([{ provider: 'gohighlevel', reason: 'timeout' }]);
  });

  it('a failed read is not cached: the next proposal retries the provider', async () => {
    const calendar = createInMemoryCalendarAdapter({ latency: noLatency });
    calendar.failListBusyWith(new Error('HTTP 500'));
    const service = createCalendarService({ now: settableClock().now });
    const calendars: HostCalendarSource[] = [{ provider: 'google', adapter: calendar }];
    expect((await service.proposeSlots({ host, calendars, request })).degraded).toBe(true);
    calendar.failListBusyWith(undefined);
    const recovered = await service.proposeSlots({ host, calendars, request });
    expect(recovered.degraded).toBeUndefined();
    expect(recovered.available).toHaveLength(4);
  });

  it('the booking guard bypasses the cache: a slot taken after proposals were cached is refused', async () => {
    const clock = settableClock();
    const calendar = createInMemoryCalendarAdapter({ latency: noLatency });
    const service = createCalendarService({ now: clock.now });
    const calendars: HostCalendarSource[] = [{ provider: 'embedded', adapter: calendar }];
    const proposed = await service.proposeSlots({ host, calendars, request });
    expect(startsOf(proposed.available)).toContain('2026-03-02T09:30:00.000Z');
    calendar.insertDirectly({ start: '2026-03-02T09:30:00Z', end: '2026-03-02T10:00:00Z' });
    const booking = createBookingService({
      host,
      calendar: service.bookingCalendar('host-a', calendars),
      now: clock.now,
    });
    await expect(
      booking.book({ id: 'attempt-1', start: '2026-03-02T09:30:00.000Z', durationMinutes: 30, idempotencyKey: 'k1' }),
    ).resolves.toEqual({ ok: false, code: 'SLOT_UNAVAILABLE' });
    await expect(
      booking.book({ id: 'attempt-2', start: '2026-03-02T10:00:00.000Z', durationMinutes: 30, idempotencyKey: 'k2' }),
    ).resolves.toMatchObject({ ok: true });
    // The write dropped the cache, so the next proposals see the new booking.
    const after = await service.proposeSlots({ host, calendars, request });
    expect(startsOf(after.available)).toEqual(['2026-03-02T09:00:00.000Z', '2026-03-02T10:30:00.000Z']);
  });

  it('the booking calendar fails closed when any calendar cannot be read', async () => {
    const broken = createInMemoryCalendarAdapter({ latency: noLatency });
    broken.failListBusyWith(new Error('HTTP 401'));
    const service = createCalendarService({ now: settableClock().now });
    const calendar = service.bookingCalendar('host-a', [
      { provider: 'embedded', adapter: createInMemoryCalendarAdapter({ latency: noLatency }), primary: true },
      { provider: 'google', adapter: broken },
    ]);
    await expect(calendar.listBusy('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z')).rejects.toMatchObject({
      code: 'vendor_error',
    });
    expect(() => service.bookingCalendar('host-b', [])).toThrow(/no calendar/);
  });
});
