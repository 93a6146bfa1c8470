import { describe, expect, it } from 'vitest';
import { hostsSchema } from './hosts-schema.js';

const ada = {
  id: 'ada',
  name: 'Ada Moreau',
  email: 'ada@example.com',
  timezone: 'Europe/Paris',
  calendar: { provider: 'google' },
};

describe('hosts config (SPEC §7 hosts: [{ id, name, email, timezone, workingHours, calendar }])', () => {
  it('parses a host with one calendar into a list and applies provider defaults', () => {
    const [host] = hostsSchema.parse([ada]);
    expect(host).toMatchObject({ id: 'ada', timezone: 'Europe/Paris', active: true });
    expect(host?.calendar).toEqual([
      {
        provider: 'google',
        calendarId: 'primary',
        tokenEnv: 'GOOGLE_CALENDAR_TOKEN',
        rootUrl: 'https://www.googleapis.com/',
      },
    ]);
  });

  it('accepts several calendars of every provider with the scheduling fields of specs/scheduling.md §6.1', () => {
    const [host] = hostsSchema.parse([
      {
        ...ada,
        workingHours: {
          mon: [
            ['09:00', '12:00'],
            ['13:00', '17:30'],
          ],
          sat: [['10:00', '24:00']],
        },
        bufferMinutes: 0,
        minimumNoticeMinutes: 120,
        slotIntervalMinutes: 15,
        dateOverrides: [{ date: '2026-12-24', hours: [] }],
        calendar: [
          { provider: 'embedded' },
          { provider: 'caldav', url: 'https://dav.example.com/ada/calendar/', username: 'ada' },
          {
            provider: 'gohighlevel',
            calendarId: 'BqTwX8QFwXzpegMve9EQ',
            userId: 'CVokAlI8fgw4WYWoCtQz',
            primary: true,
          },
        ],
      },
    ]);
    expect(host?.calendar.map((calendar) => calendar.provider)).toEqual(['embedded', 'caldav', 'gohighlevel']);
    expect(host?.calendar[1]).toMatchObject({ passwordEnv: 'CALDAV_PASSWORD' });
  });

  it('defaults to no hosts', () => {
    expect(hostsSchema.parse(undefined)).toEqual([]);
  });

  it.each([
    ['an unknown time zone', { ...ada, timezone: 'CET/Nowhere' }, 'IANA'],
    ['a reversed working range', { ...ada, workingHours: { mon: [['17:00', '09:00']] } }, 'start before'],
    ['a malformed time', { ...ada, workingHours: { tue: [['9am', '17:00']] } }, 'HH:mm'],
    ['a negative buffer', { ...ada, bufferMinutes: -5 }, ''],
    ['an unknown provider', { ...ada, calendar: { provider: 'outlook' } }, ''],
    ['a secret in the file', { ...ada, calendar: { provider: 'google', token: 'ya29.secret' } }, ''],
    [
      'two primary calendars',
      {
        ...ada,
        calendar: [
          { provider: 'embedded', primary: true },
          { provider: 'google', primary: true },
        ],
      },
      'primary',
    ],
  ])('rejects %s', (_label, host, message) => {
    const result = hostsSchema.safeParse([host]);
    expect(result.success).toBe(false);
    expect(result.error?.message ?? '').toContain(message);
  });

  it('rejects duplicate host ids', () => {
    const result = hostsSchema.safeParse([ada, { ...ada, email: 'ada2@example.com' }]);
    expect(result.error?.message).toContain('used twice');
  });
});
