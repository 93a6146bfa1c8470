import { describe, expect, it } from 'vitest';
import { checkSendWindow, defaultSendWindow } from './send-window.js';

const noHolidays = () => null;

describe('checkSendWindow', () => {
  it('SPEC 3.7: open inside 08:00–18:00 recipient-local on a weekday', () => {
    // 09:30 in Chicago (CST, UTC−6) is 15:30 UTC.
    expect(checkSendWindow(new Date('2026-03-04T15:30:00Z'), 'America/Chicago', defaultSendWindow, noHolidays)).toEqual(
      {
        open: true,
      },
    );
    // The same instant is 00:30 next day in Tokyo: closed there.
    expect(checkSendWindow(new Date('2026-03-04T15:30:00Z'), 'Asia/Tokyo', defaultSendWindow, noHolidays).open).toBe(
      false,
    );
  });

  it('SPEC 3.7: 18:00 local is closed (the window is half-open) and reopens at 08:00 the next weekday', () => {
    const check = checkSendWindow(new Date('2026-03-04T00:00:00Z'), 'America/Chicago', defaultSendWindow, noHolidays);
    expect(check).toEqual({
      open: false,
      reason: 'outside_send_window',
      holidayName: null,
      nextOpenAt: new Date('2026-03-04T14:00:00Z'),
    });
  });

  it('SPEC 3.7: Friday evening before the spring DST change reopens Monday 08:00 CDT (UTC−5)', () => {
    // Fri 2026-03-06 18:30 CST = 00:30 UTC Sat; US DST starts Sun 2026-03-08.
    const check = checkSendWindow(new Date('2026-03-07T00:30:00Z'), 'America/Chicago', defaultSendWindow, noHolidays);
    expect(check.open).toBe(false);
    if (!check.open) expect(check.nextOpenAt.toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });

  it('SPEC 3.7: across the autumn DST change in Europe the opening moves from 06:00 to 07:00 UTC', () => {
    // Fri 2026-10-23 19:00 CEST; EU DST ends Sun 2026-10-25; Monday 08:00 CET = 07:00 UTC.
    const check = checkSendWindow(new Date('2026-10-23T17:00:00Z'), 'Europe/Berlin', defaultSendWindow, noHolidays);
    if (check.open) throw new Error('expected closed');
    expect(check.nextOpenAt.toISOString()).toBe('2026-10-26T07:00:00.000Z');
  });

  it('SPEC 3.7: a window starting inside the spring-forward gap opens at the first valid local time', () => {
    const everyDayFrom2 = { startHour: 2, endHour: 18, weekdays: [1, 2, 3, 4, 5, 6, 7] };
    // Sun 2026-03-08 01:30 CST; 02:00 does not exist that night in Chicago, 03:00 CDT = 08:00 UTC.
    const check = checkSendWindow(new Date('2026-03-08T07:30:00Z'), 'America/Chicago', everyDayFrom2, noHolidays);
    if (check.open) throw new Error('expected closed');
    expect(check.nextOpenAt.toISOString()).toBe('2026-03-08T08:00:00.000Z');
  });

  it('SPEC 3.7: a public holiday of the recipient region is skipped, with reason holiday', () => {
    const holidays = (date: string) => (date === '2026-01-06' ? 'Heilige Drei Könige' : null);
    // Tue 2026-01-06 10:00 CET.
    const check = checkSendWindow(new Date('2026-01-06T09:00:00Z'), 'Europe/Berlin', defaultSendWindow, holidays);
    expect(check).toEqual({
      open: false,
      reason: 'holiday',
      holidayName: 'Heilige Drei Könige',
      nextOpenAt: new Date('2026-01-07T07:00:00Z'),
    });
  });

  it('SPEC 3.7: a holiday before a weekend pushes the opening to Monday', () => {
    const holidays = (date: string) => (date === '2026-04-03' ? 'Good Friday' : null);
    const check = checkSendWindow(new Date('2026-04-02T17:30:00Z'), 'Europe/London', defaultSendWindow, holidays);
    if (check.open) throw new Error('expected closed');
    // Thu 18:30 BST → Fri holiday → Mon 2026-04-06 08:00 BST = 07:00 UTC.
    expect(check.nextOpenAt.toISOString()).toBe('2026-04-06T07:00:00.000Z');
  });

  it('rejects an unknown zone with input_invalid', () => {
    expect(() => checkSendWindow(new Date(), 'Mars/Olympus', defaultSendWindow, noHolidays)).toThrow(
      /Unknown time zone/,
    );
  });
});
