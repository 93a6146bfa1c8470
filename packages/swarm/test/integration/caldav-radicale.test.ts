/**
 * The CalDAV adapter against a real Radicale (Debian package, started by .ci/servers/radicale.sh):
 * busy from calendar-query time-range REPORTs including a recurring event with EXDATE, and the booking
 * guard (specs/scheduling.md §6.7) writing exactly one event per chosen slot — also when bookings race,
 * and when a retry with the same idempotency key comes from a worker with no memory of the first attempt.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalDavCalendarAdapter, type CalDavCalendarAdapter } from '../../src/adapters/caldav/index.js';
import { hasErrorCode } from '../../src/domain/errors.js';
import {
  createBookingService,
  createInMemoryBookingStore,
  createInProcessHostLock,
  findSlots,
  type BusyEvent,
  type HostConfig,
} from '../../src/scheduling/index.js';
import { davRequest, makeCalendar, newCalendarUrl, radicaleServer } from '../support/radicale-server.js';

const server = radicaleServer();
const { user, password } = server;
const host: HostConfig = { id: 'caldav-host', timezone: 'Europe/Berlin' };
/** Monday 3 March 2031, 07:00 Berlin. */
const now = (): Date => new Date('2031-03-03T06:00:00Z');
const clock = { now };

const berlinTimezone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function calendarText(lines: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CAIO//test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
}

/** Weekly stand-up Mondays 10:00–10:30 Berlin, four times, the second (10 March) removed by EXDATE. */
const standUp = calendarText([
  ...berlinTimezone,
  'BEGIN:VEVENT',
  'UID:stand-up@example.com',
  'DTSTAMP:20310101T000000Z',
  'DTSTART;TZID=Europe/Berlin:20310303T100000',
  'DTEND;TZID=Europe/Berlin:20310303T103000',
  'RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO',
  'EXDATE;TZID=Europe/Berlin:20310310T100000',
  'SUMMARY:Stand-up',
  'END:VEVENT',
]);
/** A one-off on Tuesday 4 March 14:00–15:00 UTC, and a transparent reminder that must not block. */
const oneOff = calendarText([
  'BEGIN:VEVENT',
  'UID:review@example.com',
  'DTSTAMP:20310101T000000Z',
  'DTSTART:20310304T140000Z',
  'DTEND:20310304T150000Z',
  'SUMMARY:Review',
  'END:VEVENT',
]);
const transparent = calendarText([
  'BEGIN:VEVENT',
  'UID:note@example.com',
  'DTSTAMP:20310101T000000Z',
  'DTSTART:20310305T090000Z',
  'DTEND:20310305T100000Z',
  'TRANSP:TRANSPARENT',
  'SUMMARY:Note to self',
  'END:VEVENT',
]);

const dav = (url: string, method: string, body?: string, headers: Record<string, string> = {}) =>
  davRequest(server, url, method, body, headers);

function timedStarts(events: BusyEvent[]): string[] {
  return events.flatMap((event) => (event.allDay || event.rrule ? [] : [new Date(event.start).toISOString()])).sort();
}

describe.skipIf(server.skipReason !== null)(
  'CalDAV adapter on Radicale (SPEC §7, specs/scheduling.md §6.3, §6.7)',
  () => {
    const calendarUrl = newCalendarUrl(server, 'caio');
    let calendar: CalDavCalendarAdapter;

    beforeAll(async () => {
      const made = await makeCalendar(server, calendarUrl, 'CAIO test');
      expect(made.status).toBe(201);
      for (const [name, text] of [
        ['stand-up', standUp],
        ['review', oneOff],
        ['note', transparent],
      ] as const) {
        const put = await dav(`${calendarUrl}${name}.ics`, 'PUT', text, {
          'content-type': 'text/calendar; charset=utf-8',
        });
        expect(put.status).toBe(201);
      }
      calendar = createCalDavCalendarAdapter({
        calendarUrl,
        username: user,
        password,
        hostTimezone: host.timezone,
        fetch: (input, init) => fetch(input, init),
        clock,
      });
    });

    afterAll(async () => {
      if (server.url) await dav(calendarUrl, 'DELETE');
    });

    it('busy comes from a time-range REPORT: the recurring event keeps its RRULE and EXDATE, and the engine frees the excluded Monday', async () => {
      const busy = await calendar.listBusy('2031-03-03T00:00:00Z', '2031-04-01T00:00:00Z');
      const recurring = busy.find((event) => event.rrule !== undefined);
      expect(recurring).toMatchObject({
        id: 'stand-up@example.com',
        start: '2031-03-03T09:00:00.000Z',
        end: '2031-03-03T09:30:00.000Z',
        tzid: 'Europe/Berlin',
        exdate: ['2031-03-10T09:00:00.000Z'],
      });
      expect(timedStarts(busy)).toEqual(['2031-03-04T14:00:00.000Z', '2031-03-05T09:00:00.000Z']);
      expect(busy.find((event) => event.id === 'note@example.com')?.transparency).toBe('transparent');

      const slotsOn = (date: string): string[] =>
        findSlots({
          host,
          busy,
          request: {
            now: now().toISOString(),
            durationMinutes: 30,
            windowStart: `${date}T08:00:00Z`,
            windowEnd: `${date}T10:00:00Z`,
            prospectTimezone: 'Europe/Berlin',
            maxProposals: 5,
          },
        }).available.map((slot) => slot.start);
      // 10:00 Berlin = 09:00Z: free on the excluded 10 March, busy (with its buffer) on 17 March.
      expect(slotsOn('2031-03-10')).toContain('2031-03-10T09:00:00.000Z');
      expect(slotsOn('2031-03-17')).not.toContain('2031-03-17T09:00:00.000Z');
      expect(slotsOn('2031-03-17')).not.toContain('2031-03-17T08:30:00.000Z');
      // The REPORT is bounded by time: a range after the series' last occurrence (24 March) holds none of it.
      const later = await calendar.listBusy('2031-03-25T00:00:00Z', '2031-03-26T00:00:00Z');
      expect(later.filter((event) => event.rrule !== undefined)).toEqual([]);
    });

    it('§6.7: of bookings racing for one slot exactly one writes an event; a repeat of its key creates nothing new', async () => {
      const slotStart = '2031-03-06T13:00:00.000Z';
      const service = createBookingService({
        host,
        calendar,
        now,
        lock: createInProcessHostLock(),
        bookings: createInMemoryBookingStore(),
      });
      const outcomes = await Promise.all(
        ['a', 'b', 'c'].map((key) =>
          service.book({ id: `race-${key}`, start: slotStart, durationMinutes: 30, idempotencyKey: `race-${key}` }),
        ),
      );
      const winners = outcomes.filter((outcome) => outcome.ok);
      expect(winners).toHaveLength(1);
      expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([
        { ok: false, code: 'SLOT_UNAVAILABLE' },
        { ok: false, code: 'SLOT_UNAVAILABLE' },
      ]);
      const dayBusy = async (): Promise<string[]> =>
        timedStarts(await calendar.listBusy('2031-03-06T00:00:00Z', '2031-03-07T00:00:00Z'));
      expect(await dayBusy()).toEqual([slotStart]);

      const winner = winners[0];
      const winnerIndex = outcomes.indexOf(winner!);
      const winningKey = `race-${['a', 'b', 'c'][winnerIndex]}`;
      // Same service, same key: answered from the idempotency store.
      const repeat = await service.book({
        id: 'repeat',
        start: slotStart,
        durationMinutes: 30,
        idempotencyKey: winningKey,
      });
      expect(repeat).toEqual(winner);
      // Another worker with an empty store: the conditional create (If-None-Match: *) proves the event exists.
      const otherWorker = createBookingService({ host, calendar, now, bookings: createInMemoryBookingStore() });
      const retried = await otherWorker.book({
        id: 'retry',
        start: slotStart,
        durationMinutes: 30,
        idempotencyKey: winningKey,
      });
      expect(retried).toEqual(winner);
      expect(await dayBusy()).toEqual([slotStart]);
    });

    it('a second create with the same deterministic id is rejected as ALREADY_EXISTS; delete reports whether it existed', async () => {
      const event = {
        id: `fixed-${randomUUID()}`,
        start: '2031-03-07T13:00:00Z',
        end: '2031-03-07T13:30:00Z',
        title: 'Demo',
      };
      await expect(calendar.createEvent(event)).resolves.toMatchObject({
        id: event.id,
        start: '2031-03-07T13:00:00.000Z',
      });
      await expect(calendar.createEvent(event)).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
      await expect(calendar.updateEvent({ ...event, end: '2031-03-07T14:00:00Z' })).resolves.toMatchObject({
        end: '2031-03-07T14:00:00.000Z',
      });
      expect(await calendar.deleteEvent(event.id)).toBe(true);
      expect(await calendar.deleteEvent(event.id)).toBe(false);
    });

    it('a wrong password is permission_denied, never an empty calendar', async () => {
      const refused = createCalDavCalendarAdapter({
        calendarUrl,
        username: user,
        password: 'wrong-password',
        hostTimezone: host.timezone,
        fetch: (input, init) => fetch(input, init),
        clock,
      });
      const failure = await refused
        .listBusy('2031-03-03T00:00:00Z', '2031-03-04T00:00:00Z')
        .catch((error: unknown) => error);
      expect(hasErrorCode(failure, 'permission_denied')).toBe(true);
    });
  },
);
