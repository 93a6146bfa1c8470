import { describe, expect, it } from 'vitest';
import type { RecurringBusyEvent } from '../ports/calendar-adapter.js';
import { expandRecurringEvent } from './recurrence-expansion.js';

const expand = (event: RecurringBusyEvent, zone: string, from: string, to: string): string[] => {
  const expansion = expandRecurringEvent(event, zone, Date.parse(from), Date.parse(to));
  if (!expansion.supported) throw new Error(expansion.reason);
  return expansion.intervals
    .map((interval) => `${new Date(interval.start).toISOString()}/${(interval.end - interval.start) / 60_000}`)
    .sort();
};

describe('§6.3 rule 4 recurring events (RFC 5545 subset)', () => {
  it('§6.3 rule 4: WEEKLY repeats at the same wall-clock time across the New York March change', () => {
    const event = { start: '2026-03-02T14:00:00Z', end: '2026-03-02T15:00:00Z', rrule: 'FREQ=WEEKLY' };
    expect(expand(event, 'America/New_York', '2026-03-01T00:00:00Z', '2026-03-17T00:00:00Z')).toEqual([
      '2026-03-02T14:00:00.000Z/60',
      '2026-03-09T13:00:00.000Z/60',
      '2026-03-16T13:00:00.000Z/60',
    ]);
  });
  it('§6.3 rule 4: tzid overrides the host zone for the wall time', () => {
    const event = {
      start: '2026-03-27T09:00:00Z',
      end: '2026-03-27T09:30:00Z',
      rrule: 'RRULE:FREQ=DAILY;COUNT=4',
      tzid: 'Europe/London',
    };
    expect(expand(event, 'America/New_York', '2026-03-26T00:00:00Z', '2026-04-05T00:00:00Z')).toEqual([
      '2026-03-27T09:00:00.000Z/30',
      '2026-03-28T09:00:00.000Z/30',
      '2026-03-29T08:00:00.000Z/30',
      '2026-03-30T08:00:00.000Z/30',
    ]);
  });
  it('§6.3 rule 5: a daily 02:30 occurrence in the March gap moves forward; 01:30 in November takes the earlier instant', () => {
    const gap = { start: '2026-03-07T07:30:00Z', end: '2026-03-07T08:00:00Z', rrule: 'FREQ=DAILY;COUNT=3' };
    expect(expand(gap, 'America/New_York', '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual([
      '2026-03-07T07:30:00.000Z/30',
      '2026-03-08T07:30:00.000Z/30',
      '2026-03-09T06:30:00.000Z/30',
    ]);
    const overlap = { start: '2026-10-31T05:30:00Z', end: '2026-10-31T06:00:00Z', rrule: 'FREQ=DAILY;COUNT=3' };
    expect(expand(overlap, 'America/New_York', '2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z')).toEqual([
      '2026-10-31T05:30:00.000Z/30',
      '2026-11-01T05:30:00.000Z/30',
      '2026-11-02T06:30:00.000Z/30',
    ]);
  });
  it('§6.3 rule 4: COUNT counts excluded occurrences; EXDATE matches as an instant', () => {
    const event = {
      start: '2026-01-05T15:00:00Z',
      end: '2026-01-05T16:00:00Z',
      rrule: 'FREQ=DAILY;COUNT=3',
      exdate: ['2026-01-06T15:00:00.000Z', '20260107T150000Z'],
    };
    expect(expand(event, 'UTC', '2026-01-01T00:00:00Z', '2026-01-31T00:00:00Z')).toEqual([
      '2026-01-05T15:00:00.000Z/60',
    ]);
  });
  it('§6.3 rule 4: UNTIL is inclusive; INTERVAL and BYDAY select the weeks and days', () => {
    const event = {
      start: '2026-01-05T10:00:00Z',
      end: '2026-01-05T10:30:00Z',
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20260119T100000Z',
    };
    expect(expand(event, 'UTC', '2026-01-01T00:00:00Z', '2026-02-28T00:00:00Z')).toEqual([
      '2026-01-05T10:00:00.000Z/30',
      '2026-01-08T10:00:00.000Z/30',
      '2026-01-19T10:00:00.000Z/30',
    ]);
  });
  it('§6.3 rule 4: DAILY with BYDAY skips other weekdays', () => {
    const event = {
      start: '2026-01-02T10:00:00Z',
      end: '2026-01-02T11:00:00Z',
      rrule: 'FREQ=DAILY;BYDAY=MO,FR;COUNT=4',
    };
    expect(expand(event, 'UTC', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z')).toEqual([
      '2026-01-02T10:00:00.000Z/60',
      '2026-01-05T10:00:00.000Z/60',
      '2026-01-09T10:00:00.000Z/60',
      '2026-01-12T10:00:00.000Z/60',
    ]);
  });
  it('§6.3 rule 4: RDATE adds occurrences; RECURRENCE-ID overrides move or cancel one', () => {
    const event = {
      start: '2026-01-05T10:00:00Z',
      end: '2026-01-05T11:00:00Z',
      rrule: 'FREQ=DAILY;COUNT=3',
      rdate: ['2026-01-10T08:00:00Z'],
      overrides: [
        { recurrenceId: '2026-01-06T10:00:00Z', start: '2026-01-06T14:00:00Z', end: '2026-01-06T14:30:00Z' },
        { recurrenceId: '2026-01-07T10:00:00Z', status: 'cancelled' as const },
      ],
    };
    expect(expand(event, 'UTC', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z')).toEqual([
      '2026-01-05T10:00:00.000Z/60',
      '2026-01-06T14:00:00.000Z/30',
      '2026-01-10T08:00:00.000Z/60',
    ]);
  });
  it('§6.3 rule 4: an unbounded rule from years ago expands only over the range (no iteration cap)', () => {
    const event = { start: '2001-01-01T09:00:00Z', end: '2001-01-01T09:15:00Z', rrule: 'FREQ=DAILY' };
    expect(expand(event, 'UTC', '2026-05-01T00:00:00Z', '2026-05-03T00:00:00Z')).toEqual([
      '2026-05-01T09:00:00.000Z/15',
      '2026-05-02T09:00:00.000Z/15',
    ]);
  });
  it('§6.3 rule 4: MONTHLY, BYSETPOS, ordinal BYDAY and COUNT+UNTIL are unsupported (caller fails closed)', () => {
    for (const rrule of [
      'FREQ=MONTHLY',
      'FREQ=WEEKLY;BYSETPOS=1',
      'FREQ=WEEKLY;BYDAY=1MO',
      'FREQ=DAILY;COUNT=2;UNTIL=20260101T000000Z',
    ]) {
      const expansion = expandRecurringEvent(
        { start: '2026-01-05T10:00:00Z', end: '2026-01-05T11:00:00Z', rrule },
        'UTC',
        0,
        1e13,
      );
      expect(expansion.supported, rrule).toBe(false);
    }
  });
});
