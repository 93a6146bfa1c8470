import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasErrorCode } from '../../domain/errors.js';
import { startFakeCalDavServer } from './__fixtures__/fake-caldav-server.js';
import { createCalDavCalendarAdapter } from './create-caldav-calendar-adapter.js';

describe('CalDAV adapter against the URL-level fake (SPEC §7, RES-1 error mapping)', () => {
  let server: Awaited<ReturnType<typeof startFakeCalDavServer>>;
  const adapter = (password = 'fake-caldav-password', timeoutMs = 5_000) =>
    createCalDavCalendarAdapter({
      calendarUrl: `${server.baseUrl}/host@example.com/work`,
      username: 'host@example.com',
      password,
      hostTimezone: 'America/New_York',
      fetch: (input, init) => fetch(input, init),
      clock: { now: () => new Date('2006-01-01T00:00:00Z') },
      timeoutMs,
    });
  beforeAll(async () => {
    server = await startFakeCalDavServer();
  });
  afterAll(() => server.close());
  beforeEach(() => server.setMode('normal'));

  it('RFC 4791 §7.8: a REPORT answer becomes a recurring busy event with its EXDATE and RECURRENCE-ID override', async () => {
    const busy = await adapter().listBusy('2006-01-02T00:00:00Z', '2006-01-07T00:00:00Z');
    expect(busy).toEqual([
      {
        id: '00959BC664CA650E933C892C@example.com',
        status: 'confirmed',
        start: '2006-01-02T17:00:00.000Z',
        end: '2006-01-02T18:00:00.000Z',
        tzid: 'UTC',
        rrule: 'RRULE:FREQ=DAILY;COUNT=5',
        exdate: ['2006-01-04T17:00:00.000Z'],
        overrides: [
          {
            recurrenceId: '2006-01-05T17:00:00.000Z',
            start: '2006-01-05T19:00:00.000Z',
            end: '2006-01-05T20:00:00.000Z',
          },
        ],
      },
    ]);
  });

  it('§6.7 step 5: the create is conditional (If-None-Match: *), so a retried id rejects as ALREADY_EXISTS', async () => {
    const event = { id: 'qk0abc', start: '2006-01-09T15:00:00Z', end: '2006-01-09T15:30:00Z', title: 'Intro' };
    await expect(adapter().createEvent(event)).resolves.toEqual({
      id: 'qk0abc',
      start: '2006-01-09T15:00:00.000Z',
      end: '2006-01-09T15:30:00.000Z',
    });
    expect(server.resources.get('/host@example.com/work/qk0abc.ics')).toContain('UID:qk0abc');
    await expect(adapter().createEvent(event)).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
    expect(await adapter().deleteEvent('qk0abc')).toBe(true);
    expect(await adapter().deleteEvent('qk0abc')).toBe(false);
  });

  it('RES-1: 401 → permission_denied, 429 → rate_limited with Retry-After, 503 → retryable vendor_error, hang → timeout', async () => {
    const range = ['2006-01-02T00:00:00Z', '2006-01-03T00:00:00Z'] as const;
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (error: unknown) => error,
      );
    const denied = await failure(adapter('wrong').listBusy(...range));
    expect(hasErrorCode(denied, 'permission_denied') && !denied.isRetryable).toBe(true);
    server.setMode('rate_limited', 42);
    const limited = await failure(adapter().listBusy(...range));
    expect(hasErrorCode(limited, 'rate_limited') && limited.retryAfterMs).toBe(42_000);
    server.setMode('server_error');
    const broken = await failure(adapter().createEvent({ id: 'x', start: range[0], end: range[1] }));
    expect(hasErrorCode(broken, 'vendor_error') && broken.isRetryable).toBe(true);
    server.setMode('hang');
    const slow = await failure(adapter('fake-caldav-password', 50).listBusy(...range));
    expect(hasErrorCode(slow, 'timeout')).toBe(true);
  });
});
