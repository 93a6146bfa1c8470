import { describe, expect, it } from 'vitest';
import type { BusyEvent } from '../ports/calendar-adapter.js';
import { findSlots } from './find-slots.js';
import type { HostConfig } from './host-config.js';
import type { SlotRequest } from './slot.js';

const request = (overrides: Partial<SlotRequest> = {}): SlotRequest => ({
  now: '2026-01-01T00:00:00Z',
  durationMinutes: 30,
  windowStart: '2026-01-05T00:00:00Z',
  windowEnd: '2026-01-06T00:00:00Z',
  prospectTimezone: 'UTC',
  maxProposals: 3,
  ...overrides,
});
const times = (host: HostConfig, busy: BusyEvent[], slotRequest: SlotRequest): string[] =>
  findSlots({ host, busy, request: slotRequest }).available.map(
    (slot) => `${slot.host.date} ${slot.host.time}${slot.host.offset}`,
  );
const utcHost: HostConfig = { timezone: 'UTC', bufferMinutes: 0, workingHours: { mon: [['09:00', '11:00']] } };

describe('§6.2 validation', () => {
  it('§6.2: an unknown host or prospect zone is INVALID_TIMEZONE, never a UTC fallback', () => {
    expect(findSlots({ host: { timezone: 'Nowhere/Atlantis' }, busy: [], request: request() }).error).toBe(
      'INVALID_TIMEZONE',
    );
    expect(
      findSlots({ host: { timezone: 'UTC' }, busy: [], request: request({ prospectTimezone: 'EST5EDT-ish' }) }).error,
    ).toBe('INVALID_TIMEZONE');
  });
  it('§6.2: windowEnd not after windowStart, unreadable instants and bad durations are INVALID_WINDOW', () => {
    const invalid = [
      request({ windowEnd: '2026-01-05T00:00:00Z' }),
      request({ windowStart: '2026-01-05 09:00' }),
      request({ now: 'yesterday' }),
      request({ durationMinutes: 0 }),
      request({ durationMinutes: 12.5 }),
    ];
    for (const slotRequest of invalid) {
      expect(findSlots({ host: utcHost, busy: [], request: slotRequest }).error).toBe('INVALID_WINDOW');
    }
  });
  it('§6.2: the window is capped at 62 days from windowStart', () => {
    const result = findSlots({
      host: { timezone: 'UTC', bufferMinutes: 0 },
      busy: [],
      request: request({ windowStart: '2026-01-01T00:00:00Z', windowEnd: '2026-12-31T00:00:00Z' }),
    });
    const last = result.available.at(-1);
    expect(String(last?.end) <= '2026-03-04T00:00:00.000Z').toBe(true);
    expect(String(last?.start) >= '2026-03-03T00:00:00.000Z').toBe(true);
    expect(result.warnings?.[0]).toMatch(/62 days/);
  });
  it('§6.2: maxProposals is clamped to 1..5', () => {
    const host = { timezone: 'UTC', bufferMinutes: 0 };
    const week = { windowEnd: '2026-01-10T00:00:00Z' };
    expect(findSlots({ host, busy: [], request: request({ ...week, maxProposals: 0 }) }).proposals).toHaveLength(1);
    expect(findSlots({ host, busy: [], request: request({ ...week, maxProposals: 9 }) }).proposals).toHaveLength(5);
  });
});

describe('§6.4 candidates and validity', () => {
  it('HostConfig defaults: Mon–Fri 09:00–18:00, 30-minute grid, 15-minute buffer', () => {
    const result = findSlots({
      host: { timezone: 'UTC' },
      busy: [],
      request: request({ windowEnd: '2026-01-11T00:00:00Z' }),
    });
    expect(result.available).toHaveLength(5 * 18);
    expect(result.available[0]?.start).toBe('2026-01-05T09:00:00.000Z');
    expect(result.available.at(-1)?.end).toBe('2026-01-09T18:00:00.000Z');
  });
  it('§6.4 no-conflict-with-buffer: the buffer applies on both sides and touching is allowed', () => {
    const host = { ...utcHost, bufferMinutes: 15, slotIntervalMinutes: 15 };
    const busy = [{ start: '2026-01-05T10:00:00Z', end: '2026-01-05T10:15:00Z' }];
    // 09:15–09:45 ends exactly 15 min before the event and 10:30 starts exactly 15 min after it.
    expect(times(host, busy, request())).toEqual([
      '2026-01-05 09:00+00:00',
      '2026-01-05 09:15+00:00',
      '2026-01-05 10:30+00:00',
    ]);
  });
  it('§6.4: the buffer is never applied against working-hour or window edges', () => {
    const result = times({ ...utcHost, bufferMinutes: 60 }, [], request({ windowStart: '2026-01-05T09:30:00Z' }));
    expect(result).toEqual(['2026-01-05 09:30+00:00', '2026-01-05 10:00+00:00', '2026-01-05 10:30+00:00']);
  });
  it('§6.4 respects-min-notice: start ≥ now + minimumNoticeMinutes, inclusive', () => {
    const host = { ...utcHost, minimumNoticeMinutes: 60 };
    expect(times(host, [], request({ now: '2026-01-05T09:00:00Z' }))).toEqual([
      '2026-01-05 10:00+00:00',
      '2026-01-05 10:30+00:00',
    ]);
  });
  it('§6.3 rule 1: transparent, cancelled and declined events do not block; tentative and needsAction do', () => {
    const base = { start: '2026-01-05T09:00:00Z', end: '2026-01-05T10:00:00Z' };
    const free: BusyEvent[] = [
      { ...base, transparency: 'transparent' },
      { ...base, status: 'cancelled' },
      { ...base, responseStatus: 'declined' },
    ];
    expect(times(utcHost, free, request())).toHaveLength(4);
    expect(times(utcHost, [{ ...base, status: 'tentative' }], request())).toHaveLength(2);
    expect(times(utcHost, [{ ...base, responseStatus: 'needsAction' }], request())).toHaveLength(2);
  });
  it('§6.3 rule 3: an all-day event covers host-local midnight to midnight, endDate exclusive', () => {
    const host: HostConfig = {
      timezone: 'Pacific/Chatham',
      bufferMinutes: 0,
      workingHours: { mon: [['09:00', '10:00']], tue: [['09:00', '10:00']] },
    };
    const slotRequest = request({ windowStart: '2026-01-04T00:00:00Z', windowEnd: '2026-01-07T00:00:00Z' });
    expect(times(host, [{ allDay: true, startDate: '2026-01-05' }], slotRequest)).toEqual([
      '2026-01-06 09:00+13:45',
      '2026-01-06 09:30+13:45',
    ]);
    expect(times(host, [{ allDay: true, startDate: '2026-01-05', endDate: '2026-01-07' }], slotRequest)).toEqual([]);
  });
  it('§6.3 rule 4: an unsupported RRULE makes the whole window busy and warns (fail closed)', () => {
    const busy = [{ start: '2025-01-06T09:00:00Z', end: '2025-01-06T09:30:00Z', rrule: 'FREQ=MONTHLY;BYSETPOS=-1' }];
    const result = findSlots({ host: utcHost, busy, request: request() });
    expect(result.available).toEqual([]);
    expect(result.warnings?.join(' ')).toMatch(/MONTHLY/);
  });
  it('HostConfig dateOverrides: replace the weekly hours for that date; hours [] means unavailable', () => {
    const host: HostConfig = {
      ...utcHost,
      dateOverrides: [
        { date: '2026-01-05', hours: [['14:00', '15:00']] },
        { date: '2026-01-12', hours: [] },
      ],
    };
    expect(times(host, [], request())).toEqual(['2026-01-05 14:00+00:00', '2026-01-05 14:30+00:00']);
    expect(
      times(host, [], request({ windowStart: '2026-01-12T00:00:00Z', windowEnd: '2026-01-13T00:00:00Z' })),
    ).toEqual([]);
  });
  it('HostConfig: "24:00" ends at the next local midnight; meetings never span two ranges', () => {
    const host: HostConfig = {
      timezone: 'UTC',
      bufferMinutes: 0,
      workingHours: {
        mon: [
          ['22:00', '23:00'],
          ['23:00', '24:00'],
        ],
      },
    };
    expect(times(host, [], request({ durationMinutes: 60 }))).toEqual([
      '2026-01-05 22:00+00:00',
      '2026-01-05 23:00+00:00',
    ]);
  });
});

describe('§6.4 host-anchored grid across DST (§6.3 rule 5)', () => {
  it('§6.4 on-grid: New York spring-forward day steps in elapsed minutes from the resolved range start', () => {
    const host: HostConfig = {
      timezone: 'America/New_York',
      bufferMinutes: 0,
      workingHours: { sun: [['01:00', '04:00']] },
    };
    const slotRequest = request({ windowStart: '2026-03-08T00:00:00Z', windowEnd: '2026-03-09T00:00:00Z' });
    expect(times(host, [], slotRequest)).toEqual([
      '2026-03-08 01:00-05:00',
      '2026-03-08 01:30-05:00',
      '2026-03-08 03:00-04:00',
      '2026-03-08 03:30-04:00',
    ]);
  });
  it('§6.4 on-grid: New York fall-back day offers the repeated hour twice', () => {
    const host: HostConfig = {
      timezone: 'America/New_York',
      bufferMinutes: 0,
      workingHours: { sun: [['01:00', '03:00']] },
    };
    const slotRequest = request({
      windowStart: '2026-11-01T00:00:00Z',
      windowEnd: '2026-11-02T00:00:00Z',
      durationMinutes: 60,
      maxProposals: 5,
    });
    expect(times(host, [], slotRequest)).toEqual([
      '2026-11-01 01:00-04:00',
      '2026-11-01 01:30-04:00',
      '2026-11-01 01:00-05:00',
      '2026-11-01 01:30-05:00',
      '2026-11-01 02:00-05:00',
    ]);
  });
  it('§6.3 rule 5: a range starting in the gap starts at the moved-forward instant', () => {
    const host: HostConfig = {
      timezone: 'America/New_York',
      bufferMinutes: 0,
      workingHours: { sun: [['02:30', '04:00']] },
    };
    const slotRequest = request({ windowStart: '2026-03-08T00:00:00Z', windowEnd: '2026-03-09T00:00:00Z' });
    expect(times(host, [], slotRequest)).toEqual(['2026-03-08 03:30-04:00']);
  });
  it('§6.4 on-grid: Australia/Lord_Howe 30-minute change yields 02:30 +11:00 right after 01:30 +10:30', () => {
    const host: HostConfig = {
      timezone: 'Australia/Lord_Howe',
      bufferMinutes: 0,
      workingHours: { sun: [['01:00', '04:00']] },
    };
    const slotRequest = request({ windowStart: '2026-10-03T00:00:00Z', windowEnd: '2026-10-04T12:00:00Z' });
    expect(times(host, [], slotRequest)).toEqual([
      '2026-10-04 01:00+10:30',
      '2026-10-04 01:30+10:30',
      '2026-10-04 02:30+11:00',
      '2026-10-04 03:00+11:00',
      '2026-10-04 03:30+11:00',
    ]);
  });
  it('labels-match-timezones: Pacific/Chatham host labels switch from +12:45 to +13:45', () => {
    const host: HostConfig = {
      timezone: 'Pacific/Chatham',
      bufferMinutes: 0,
      workingHours: { fri: [['09:00', '09:30']], mon: [['09:00', '09:30']] },
    };
    const slotRequest = request({
      windowStart: '2026-09-24T00:00:00Z',
      windowEnd: '2026-09-30T00:00:00Z',
      prospectTimezone: 'Asia/Kathmandu',
    });
    const result = findSlots({ host, busy: [], request: slotRequest });
    expect(
      result.available.map((slot) => [slot.start, slot.host.offset, slot.prospect.time, slot.prospect.offset]),
    ).toEqual([
      ['2026-09-24T20:15:00.000Z', '+12:45', '02:00', '+05:45'],
      ['2026-09-27T19:15:00.000Z', '+13:45', '01:00', '+05:45'],
    ]);
  });
  it('§6.4 note: a prospect at +05:45 (Asia/Kathmandu) sees :15/:45 labels on a host :00/:30 grid', () => {
    const host: HostConfig = {
      timezone: 'Europe/London',
      bufferMinutes: 0,
      workingHours: { mon: [['09:00', '10:00']] },
    };
    const result = findSlots({ host, busy: [], request: request({ prospectTimezone: 'Asia/Kathmandu' }) });
    expect(result.available.map((slot) => slot.prospect.time)).toEqual(['14:45', '15:15']);
  });
  it('labels-match-timezones: between the European and US changes London 09:00 is 05:00 in New York', () => {
    const host: HostConfig = {
      timezone: 'Europe/London',
      bufferMinutes: 0,
      workingHours: { mon: [['09:00', '09:30']] },
    };
    const slotRequest = request({
      windowStart: '2026-10-26T00:00:00Z',
      windowEnd: '2026-11-03T00:00:00Z',
      prospectTimezone: 'America/New_York',
    });
    const result = findSlots({ host, busy: [], request: slotRequest });
    expect(result.available.map((slot) => `${slot.prospect.time}${slot.prospect.offset}`)).toEqual([
      '05:00-04:00',
      '04:00-05:00',
    ]);
  });
});

describe('§6.5 proposals through findSlots', () => {
  it('§6.5 rule 1: prospect-preferred follows the prospect zone, days and hours', () => {
    const host: HostConfig = {
      timezone: 'America/New_York',
      bufferMinutes: 0,
      workingHours: { mon: [['09:00', '18:00']] },
    };
    const slotRequest = request({
      windowStart: '2026-01-05T00:00:00Z',
      windowEnd: '2026-01-06T12:00:00Z',
      prospectTimezone: 'Asia/Kolkata',
      prospectPreferredHours: ['19:00', '22:00'],
    });
    const result = findSlots({ host, busy: [], request: slotRequest });
    const preferred = result.available.filter((slot) => slot.prospectPreferred).map((slot) => slot.prospect.time);
    expect(preferred).toEqual(['19:30', '20:00', '20:30', '21:00', '21:30']);
    expect(result.proposals.every((slot) => slot.prospectPreferred)).toBe(true);
  });
});
