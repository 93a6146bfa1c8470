import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaioError } from '../../domain/errors.js';
import { createFakeClock } from '../../guardrails/resilience/__fixtures__/fake-clock.js';
import type { GoHighLevelResilientCall } from '../gohighlevel/resilient-call-like.js';
import {
  startFakeGoHighLevelCalendarServer,
  type FakeGoHighLevelCalendarServer,
  type FakeGoHighLevelEvent,
} from './__fixtures__/fake-gohighlevel-calendar-server.js';
import { createGoHighLevelCalendarAdapter } from './create-gohighlevel-calendar-adapter.js';

const token = 'pit-calendar-token';
const locationId = 've9EPM428h8vShlRW1KT';
const calendarId = 'BqTwX8QFwXzpegMve9EQ';
const userId = 'CVokAlI8fgw4WYWoCtQz';
const direct: GoHighLevelResilientCall = (operation, options) =>
  operation(options?.signal ?? new AbortController().signal);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as CaioError & { code: string },
  );

const seeded: FakeGoHighLevelEvent[] = [
  {
    id: 'appt-confirmed',
    calendarId,
    assignedUserId: userId,
    title: 'Demo',
    startTime: '2026-03-02T10:00:00+01:00',
    endTime: '2026-03-02T10:30:00+01:00',
    appointmentStatus: 'confirmed',
  },
  {
    id: 'appt-cancelled',
    calendarId,
    assignedUserId: userId,
    title: 'Dropped',
    startTime: '2026-03-02T12:00:00Z',
    endTime: '2026-03-02T12:30:00Z',
    appointmentStatus: 'cancelled',
  },
  {
    id: 'block-1',
    calendarId,
    assignedUserId: userId,
    title: 'Lunch',
    startTime: '2026-03-02T13:00:00Z',
    endTime: '2026-03-02T14:00:00Z',
    blocked: true,
  },
  {
    id: 'appt-other-week',
    calendarId,
    assignedUserId: userId,
    title: 'Later',
    startTime: '2026-03-20T09:00:00Z',
    endTime: '2026-03-20T09:30:00Z',
  },
];

describe('GoHighLevel calendar adapter (SPEC §7, HighLevel API v2 Calendars)', () => {
  let server: FakeGoHighLevelCalendarServer;
  beforeAll(async () => {
    server = await startFakeGoHighLevelCalendarServer({ token, locationId, events: seeded });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => server.setMode('normal'));
  const adapter = (overrides: { token?: string } = {}) =>
    createGoHighLevelCalendarAdapter({
      baseUrl: server.baseUrl,
      token: overrides.token ?? token,
      locationId,
      calendarId,
      userId,
      defaultContactId: 'contact-default',
      resilientCall: direct,
      fetch,
      clock: createFakeClock(),
    });

  it('reads appointments and blocked slots for the host user with Version 2021-04-15 and epoch-ms bounds', async () => {
    server.requests.length = 0;
    const busy = await adapter().listBusy('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z');
    expect(busy).toEqual([
      { id: 'appt-confirmed', start: '2026-03-02T09:00:00.000Z', end: '2026-03-02T09:30:00.000Z', status: 'confirmed' },
      { id: 'appt-cancelled', start: '2026-03-02T12:00:00.000Z', end: '2026-03-02T12:30:00.000Z', status: 'cancelled' },
      { id: 'block-1', start: '2026-03-02T13:00:00.000Z', end: '2026-03-02T14:00:00.000Z', status: 'confirmed' },
    ]);
    expect(server.requests.map((request) => request.path).sort()).toEqual([
      '/calendars/blocked-slots',
      '/calendars/events',
    ]);
    for (const request of server.requests) {
      expect(request).toMatchObject({ authorization: `Bearer ${token}`, version: '2021-04-15' });
      expect(request.query).toEqual({
        locationId,
        userId,
        startTime: String(Date.parse('2026-03-02T00:00:00Z')),
        endTime: String(Date.parse('2026-03-03T00:00:00Z')),
      });
    }
  });

  it('books an appointment carrying the booking marker; a retry with the same id rejects with ALREADY_EXISTS', async () => {
    const bookingId = 'abcdefghij0123456789';
    const event = {
      id: bookingId,
      start: '2026-03-04T15:00:00.000Z',
      end: '2026-03-04T15:30:00.000Z',
      title: 'Intro call',
      contactId: 'contact-42',
      videoLink: 'https://meet.example.com/xyz',
    };
    const created = await adapter().createEvent(event);
    expect(created).toMatchObject({ start: event.start, end: event.end });
    const stored = server.events.get(created.id);
    expect(stored).toMatchObject({
      title: `Intro call [caio:${bookingId}]`,
      contactId: 'contact-42',
      assignedUserId: userId,
      address: 'https://meet.example.com/xyz',
      appointmentStatus: 'confirmed',
    });
    const retried = await failure(adapter().createEvent(event));
    expect(retried.code).toBe('ALREADY_EXISTS');
    expect([...server.events.values()].filter((candidate) => candidate.title.includes(bookingId))).toHaveLength(1);
    // Busy data reports our appointment under the booking id, so the booking guard recognises its own event.
    const busy = await adapter().listBusy(event.start, event.end);
    expect(busy.map((entry) => entry.id)).toContain(bookingId);
  });

  it('refuses to book without a contact (HighLevel requires one)', async () => {
    const noDefault = createGoHighLevelCalendarAdapter({
      baseUrl: server.baseUrl,
      token,
      locationId,
      calendarId,
      resilientCall: direct,
      fetch,
    });
    const error = await failure(noDefault.createEvent({ start: '2026-03-05T10:00:00Z', end: '2026-03-05T10:30:00Z' }));
    expect(error.code).toBe('input_invalid');
  });

  it('reschedules and cancels; deleting an unknown appointment resolves false', async () => {
    const created = await adapter().createEvent({ start: '2026-03-06T10:00:00Z', end: '2026-03-06T10:30:00Z' });
    await expect(
      adapter().updateEvent(created.id, { start: '2026-03-06T11:00:00Z', end: '2026-03-06T11:30:00Z' }),
    ).resolves.toEqual({ id: created.id, start: '2026-03-06T11:00:00.000Z', end: '2026-03-06T11:30:00.000Z' });
    expect(server.events.get(created.id)?.startTime).toBe('2026-03-06T11:00:00.000Z');
    await expect(adapter().deleteEvent(created.id)).resolves.toBe(true);
    await expect(adapter().deleteEvent(created.id)).resolves.toBe(false);
    expect(server.requests.at(-1)).toMatchObject({ method: 'DELETE', version: '2021-04-15' });
  });

  it('401 with HighLevel’s body → permission_denied, not retried', async () => {
    const error = await failure(adapter({ token: 'wrong' }).listBusy('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'));
    expect(error.code).toBe('permission_denied');
    expect(error.isRetryable).toBe(false);
    expect(error.message).toContain('Invalid token');
  });

  it('429 + Retry-After → rate_limited with retryAfterMs; 5xx → retryable vendor_error', async () => {
    server.setMode('rate_limited', 3);
    const limited = await failure(adapter().listBusy('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'));
    expect(limited.code).toBe('rate_limited');
    expect(limited.retryAfterMs).toBe(3_000);
    server.setMode('server_error');
    const broken = await failure(adapter().listBusy('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'));
    expect(broken.code).toBe('vendor_error');
    expect(broken.isRetryable).toBe(true);
  });
});
