import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaioError } from '../../domain/errors.js';
import { createFakeClock } from '../../guardrails/resilience/__fixtures__/fake-clock.js';
import {
  startFakeGoogleCalendarServer,
  type FakeGoogleCalendarServer,
  type FakeGoogleEvent,
} from './__fixtures__/fake-google-calendar-server.js';
import { createGoogleCalendarAdapter } from './create-google-calendar-adapter.js';
import { googleCalendarEventId } from './google-calendar-event-id.js';
import type { GoogleCalendarResilientCall } from './resilient-call-like.js';

const token = 'ya29.test-access-token';
/** Runs each call once with a live signal: no breaker, no retry, no timer (fast tests). */
const direct: GoogleCalendarResilientCall = (operation, options) =>
  operation(options?.signal ?? new AbortController().signal);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as CaioError & { code: string },
  );

const timed = (id: string, start: string, end: string, extra: Partial<FakeGoogleEvent> = {}): FakeGoogleEvent => ({
  id,
  status: 'confirmed',
  start: { dateTime: start },
  end: { dateTime: end },
  ...extra,
});

const seeded: FakeGoogleEvent[] = [
  timed('evt1', '2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z'),
  timed('evt2', '2026-03-02T11:00:00Z', '2026-03-02T12:00:00Z', { transparency: 'transparent' }),
  timed('evt3', '2026-03-02T13:00:00Z', '2026-03-02T14:00:00Z', {
    attendees: [
      { email: 'host@example.com', self: true, responseStatus: 'declined' },
      { email: 'guest@example.org', responseStatus: 'accepted' },
    ],
  }),
  { id: 'evt4', status: 'confirmed', start: { date: '2026-03-03' }, end: { date: '2026-03-04' } },
  timed('evt5', '2026-03-03T15:00:00Z', '2026-03-03T15:30:00Z', { status: 'tentative' }),
  timed('evt6', '2026-03-04T09:00:00Z', '2026-03-04T09:30:00Z', { status: 'cancelled' }),
  timed('evt7', '2026-04-01T09:00:00Z', '2026-04-01T09:30:00Z'),
];

describe('Google Calendar adapter (SPEC §7, specs/scheduling.md §6.3 and §6.7)', () => {
  let server: FakeGoogleCalendarServer;
  beforeAll(async () => {
    server = await startFakeGoogleCalendarServer({ token, events: seeded });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => server.setMode('normal'));
  const adapter = (overrides: { token?: string } = {}) =>
    createGoogleCalendarAdapter({
      rootUrl: server.rootUrl,
      accessToken: () => overrides.token ?? token,
      resilientCall: direct,
      pageSize: 2,
      clock: createFakeClock(),
    });

  it('lists busy events with singleEvents expansion across nextPageToken pages, keeping the blocking flags', async () => {
    server.requests.length = 0;
    const busy = await adapter().listBusy('2026-03-02T00:00:00Z', new Date('2026-03-05T00:00:00Z'));
    expect(busy).toEqual([
      { id: 'evt1', status: 'confirmed', start: '2026-03-02T09:00:00Z', end: '2026-03-02T10:00:00Z' },
      {
        id: 'evt2',
        status: 'confirmed',
        transparency: 'transparent',
        start: '2026-03-02T11:00:00Z',
        end: '2026-03-02T12:00:00Z',
      },
      {
        id: 'evt3',
        status: 'confirmed',
        responseStatus: 'declined',
        start: '2026-03-02T13:00:00Z',
        end: '2026-03-02T14:00:00Z',
      },
      { id: 'evt4', status: 'confirmed', allDay: true, startDate: '2026-03-03', endDate: '2026-03-04' },
      { id: 'evt5', status: 'tentative', start: '2026-03-03T15:00:00Z', end: '2026-03-03T15:30:00Z' },
    ]);
    expect(server.requests).toHaveLength(3);
    expect(server.requests.map((request) => request.query['pageToken'])).toEqual([undefined, '2', '4']);
    for (const request of server.requests) {
      expect(request.authorization).toBe(`Bearer ${token}`);
      expect(request.query).toMatchObject({ singleEvents: 'true', timeMin: '2026-03-02T00:00:00.000Z' });
    }
  });

  it('inserts with the deterministic id; a retried insert rejects with ALREADY_EXISTS (409) instead of duplicating', async () => {
    const id = googleCalendarEventId('host-1:booking-key-42');
    expect(id).toMatch(/^[a-v0-9]{52}$/);
    const event = { id, start: '2026-03-05T10:00:00.000Z', end: '2026-03-05T10:30:00.000Z', title: 'Intro call' };
    await expect(adapter().createEvent({ ...event, videoLink: 'https://meet.example.com/abc' })).resolves.toEqual({
      id,
      start: event.start,
      end: event.end,
    });
    const stored = server.events.get(id);
    expect(stored).toMatchObject({ summary: 'Intro call', location: 'https://meet.example.com/abc' });
    const retried = await failure(adapter().createEvent(event));
    expect(retried.code).toBe('ALREADY_EXISTS');
    expect([...server.events.keys()].filter((key) => key === id)).toHaveLength(1);
  });

  it('maps an id Google would refuse to a stable base32hex id, and derives one from idempotencyKey', async () => {
    const first = await adapter().createEvent({
      id: 'Booking_Key/1',
      start: '2026-03-06T10:00:00.000Z',
      end: '2026-03-06T10:30:00.000Z',
    });
    expect(first.id).toBe(googleCalendarEventId('Booking_Key/1'));
    expect(first.id).toMatch(/^[a-v0-9]{5,1024}$/);
    const byKey = await adapter().createEvent({
      idempotencyKey: 'key-without-id',
      start: '2026-03-06T11:00:00.000Z',
      end: '2026-03-06T11:30:00.000Z',
    });
    expect(byKey.id).toBe(googleCalendarEventId('key-without-id'));
  });

  it('401 with Google’s documented body → permission_denied, not retryable', async () => {
    const error = await failure(adapter({ token: 'expired' }).listBusy('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'));
    expect(error.code).toBe('permission_denied');
    expect(error.isRetryable).toBe(false);
    expect(error.details).toMatchObject({ status: 401, reason: 'authError' });
    expect(error.message).toContain('Invalid Credentials');
  });

  it('429 + Retry-After → rate_limited with retryAfterMs', async () => {
    server.setMode('rate_limited', 7);
    const error = await failure(adapter().listBusy('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'));
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterMs).toBe(7_000);
  });

  it('5xx → retryable vendor_error, so the calendar service can fail closed (§6.3 rule 6)', async () => {
    server.setMode('server_error');
    const error = await failure(adapter().listBusy('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'));
    expect(error.code).toBe('vendor_error');
    expect(error.isRetryable).toBe(true);
  });

  it('updates an event, deletes it, and reports false for a deleted (410) or unknown (404) event', async () => {
    const id = googleCalendarEventId('reschedule-me');
    await adapter().createEvent({ id, start: '2026-03-09T10:00:00.000Z', end: '2026-03-09T10:30:00.000Z' });
    await expect(
      adapter().updateEvent(id, { start: '2026-03-09T12:00:00Z', end: '2026-03-09T12:30:00Z' }),
    ).resolves.toEqual({ id, start: '2026-03-09T12:00:00.000Z', end: '2026-03-09T12:30:00.000Z' });
    await expect(adapter().deleteEvent(id)).resolves.toBe(true);
    await expect(adapter().deleteEvent(id)).resolves.toBe(false);
    await expect(adapter().deleteEvent('unknownid')).resolves.toBe(false);
    const busy = await adapter().listBusy('2026-03-09T00:00:00Z', '2026-03-10T00:00:00Z');
    expect(busy.map((event) => event.id)).not.toContain(id);
  });
});
