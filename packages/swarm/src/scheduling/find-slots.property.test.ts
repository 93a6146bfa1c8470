import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusyEvent } from '../ports/calendar-adapter.js';
import {
  addDays,
  oracleBusy,
  oracleLabel,
  oracleRanges,
  oracleResolve,
  weekdayKey,
  type OracleRange,
} from './__fixtures__/slot-oracle.js';
import { normaliseBusy } from './busy-normalisation.js';
import { findSlots } from './find-slots.js';
import type { HostConfig, WeeklyHours } from './host-config.js';
import type { SlotRequest } from './slot.js';

const minute = 60_000;
const day = 86_400_000;
const zones = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/St_Johns',
  'Asia/Kolkata',
  'America/Santiago',
  'America/Havana',
  'Pacific/Kiritimati',
];
// Instants near DST changes of the zones above, so random windows often straddle one.
const anchors = [
  '2026-03-08T07:00:00Z',
  '2026-11-01T06:00:00Z',
  '2026-03-29T01:00:00Z',
  '2026-10-25T01:00:00Z',
  '2026-10-03T15:30:00Z',
  '2026-04-04T15:00:00Z',
  '2026-09-26T14:00:00Z',
  '2026-04-04T14:00:00Z',
  '2026-09-06T04:00:00Z',
  '2026-03-08T05:00:00Z',
  '2025-07-15T12:00:00Z',
].map((instant) => Date.parse(instant));
// A host zone paired with one of its own DST changes in 2026, so gaps and overlaps hit the host's day.
const hostTransitions = [
  ['America/New_York', '2026-03-08T07:00:00Z'],
  ['America/New_York', '2026-11-01T06:00:00Z'],
  ['Europe/London', '2026-03-29T01:00:00Z'],
  ['Europe/London', '2026-10-25T01:00:00Z'],
  ['Australia/Lord_Howe', '2026-10-03T15:30:00Z'],
  ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'],
  ['Pacific/Chatham', '2026-09-26T14:00:00Z'],
  ['Pacific/Chatham', '2026-04-04T14:00:00Z'],
  ['America/St_Johns', '2026-03-08T05:30:00Z'],
  ['America/St_Johns', '2026-11-01T04:30:00Z'],
  ['America/Santiago', '2026-09-06T04:00:00Z'],
  ['America/Santiago', '2026-04-05T03:00:00Z'],
  ['America/Havana', '2026-03-08T05:00:00Z'],
  ['America/Havana', '2026-11-01T05:00:00Z'],
].map(([zone, instant]) => ({ zone: zone!, anchor: Date.parse(instant!) }));

const wallTime = fc
  .integer({ min: 0, max: 96 })
  .map((quarter) =>
    quarter === 96
      ? '24:00'
      : `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`,
  );
const range = fc
  .tuple(wallTime, wallTime)
  .map(([left, right]) => (left < right ? [left, right] : [right, left]) as [string, string]);
const ranges = fc.array(range, { maxLength: 2 });
const weekly: fc.Arbitrary<WeeklyHours> = fc.record(
  { mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges, sat: ranges, sun: ranges },
  { requiredKeys: [] },
);
// Every day 00:30–03:45 (+ an evening range): covers the gap/overlap hours of every zone above.
const transitionHours: fc.Arbitrary<WeeklyHours> = fc.constant(
  Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((key) => [
      key,
      [
        ['00:30', '03:45'],
        ['21:00', '23:30'],
      ],
    ]),
  ),
);
const statusFields = fc.record(
  {
    status: fc.constantFrom('confirmed', 'tentative', 'cancelled') as fc.Arbitrary<
      'confirmed' | 'tentative' | 'cancelled'
    >,
    transparency: fc.constantFrom('opaque', 'transparent') as fc.Arbitrary<'opaque' | 'transparent'>,
    responseStatus: fc.constantFrom('accepted', 'tentative', 'declined', 'needsAction') as fc.Arbitrary<
      'accepted' | 'tentative' | 'declined' | 'needsAction'
    >,
  },
  { requiredKeys: [] },
);

interface Scenario {
  host: HostConfig;
  busy: BusyEvent[];
  request: SlotRequest;
}

function scenario(options: { recurring: boolean; maxWindowDays: number }): fc.Arbitrary<Scenario> {
  return fc
    .record({
      hostAndAnchor: fc.oneof(
        fc.constantFrom(...hostTransitions),
        fc.record({ zone: fc.constantFrom(...zones), anchor: fc.constantFrom(...anchors) }),
      ),
      prospectZone: fc.constantFrom(...zones),
      startShift: fc.integer({ min: -3 * 24 * 60, max: 12 * 60 }),
      windowMinutes: fc.integer({ min: 30, max: options.maxWindowDays * 24 * 60 }),
      nowShift: fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }),
      duration: fc.constantFrom(15, 25, 30, 45, 60, 90),
      interval: fc.constantFrom(10, 15, 20, 30, 60),
      buffer: fc.integer({ min: 0, max: 45 }),
      notice: fc.integer({ min: 0, max: 24 * 60 }),
      workingHours: fc.option(fc.oneof(weekly, transitionHours), { nil: undefined }),
      overrides: fc.array(fc.record({ dayShift: fc.integer({ min: -1, max: 10 }), hours: ranges }), { maxLength: 2 }),
      timed: fc.array(
        fc.record({
          startShift: fc.integer({ min: -2 * 24 * 60, max: 12 * 24 * 60 }),
          length: fc.integer({ min: 0, max: 300 }),
          fields: statusFields,
        }),
        { maxLength: 25 },
      ),
      allDay: fc.array(
        fc.record({
          dayShift: fc.integer({ min: -2, max: 12 }),
          length: fc.integer({ min: 1, max: 3 }),
          fields: statusFields,
        }),
        { maxLength: 2 },
      ),
      recurring: fc.array(
        fc.record({
          startShift: fc.integer({ min: -30 * 24 * 60, max: 5 * 24 * 60 }),
          length: fc.integer({ min: 15, max: 120 }),
          rrule: fc.constantFrom(
            'FREQ=DAILY',
            'FREQ=DAILY;INTERVAL=2',
            'FREQ=WEEKLY;BYDAY=MO,WE,FR',
            'FREQ=WEEKLY;COUNT=3',
            'FREQ=DAILY;BYDAY=TU,TH;COUNT=9',
          ),
          tzid: fc.option(fc.constantFrom(...zones), { nil: undefined }),
        }),
        { maxLength: options.recurring ? 3 : 0 },
      ),
      maxProposals: fc.integer({ min: -1, max: 7 }),
      preferredHours: fc.option(range, { nil: undefined }),
    })
    .map((value) => {
      const windowStart = value.hostAndAnchor.anchor + value.startShift * minute;
      const iso = (instant: number): string => new Date(instant).toISOString();
      const startDate = iso(windowStart).slice(0, 10);
      const busy: BusyEvent[] = [
        ...value.timed.map((event) => ({
          start: iso(windowStart + event.startShift * minute),
          end: iso(windowStart + (event.startShift + event.length) * minute),
          ...event.fields,
        })),
        ...value.allDay.map((event) => ({
          allDay: true as const,
          startDate: addDays(startDate, event.dayShift),
          endDate: addDays(startDate, event.dayShift + event.length),
          ...event.fields,
        })),
        ...value.recurring.map((event) => ({
          start: iso(windowStart + event.startShift * minute),
          end: iso(windowStart + (event.startShift + event.length) * minute),
          rrule: event.rrule,
          ...(event.tzid ? { tzid: event.tzid } : {}),
        })),
      ];
      return {
        host: {
          timezone: value.hostAndAnchor.zone,
          workingHours: value.workingHours,
          bufferMinutes: value.buffer,
          minimumNoticeMinutes: value.notice,
          slotIntervalMinutes: value.interval,
          dateOverrides: value.overrides.map((entry) => ({
            date: addDays(startDate, entry.dayShift),
            hours: entry.hours,
          })),
        },
        busy,
        request: {
          now: iso(windowStart + value.nowShift * minute),
          durationMinutes: value.duration,
          windowStart: iso(windowStart),
          windowEnd: iso(windowStart + value.windowMinutes * minute),
          prospectTimezone: value.prospectZone,
          maxProposals: value.maxProposals,
          ...(value.preferredHours ? { prospectPreferredHours: value.preferredHours } : {}),
        },
      };
    });
}

function checkInvariants(input: Scenario, checkCompleteness: boolean): void {
  const { host, request } = input;
  const result = findSlots(input);
  expect(result.error).toBeUndefined();
  const windowStart = Date.parse(request.windowStart);
  const windowEnd = Math.min(Date.parse(request.windowEnd), windowStart + 62 * day);
  const now = Date.parse(request.now);
  const duration = request.durationMinutes * minute;
  const buffer = (host.bufferMinutes ?? 15) * minute;
  const interval = (host.slotIntervalMinutes ?? 30) * minute;
  const recurring = input.busy.filter((event) => event.rrule !== undefined);
  const busy: OracleRange[] = [
    ...oracleBusy(input.busy, host.timezone),
    ...normaliseBusy({
      events: recurring,
      hostTimezone: host.timezone,
      rangeStart: windowStart - buffer,
      rangeEnd: windowEnd + buffer,
    }).intervals,
  ];
  const rangesByDate = new Map<string, OracleRange[]>();
  const rangesOn = (date: string): OracleRange[] => {
    if (!rangesByDate.has(date)) rangesByDate.set(date, oracleRanges(host, date));
    return rangesByDate.get(date)!;
  };
  const valid = (start: number): boolean =>
    start >= windowStart &&
    start + duration <= windowEnd &&
    start >= now + (host.minimumNoticeMinutes ?? 0) * minute &&
    !busy.some((interval) => interval.start < start + duration + buffer && interval.end > start - buffer);

  const failures: string[] = [];
  const check = (condition: boolean, rule: string, slotStart: string): void => {
    if (!condition) failures.push(`${rule} @ ${slotStart}`);
  };
  for (const list of [result.available, result.proposals]) {
    for (let index = 1; index < list.length; index += 1)
      check(list[index]!.start > list[index - 1]!.start, 'sorted-unique', list[index]!.start);
  }
  const [preferredFrom, preferredTo] = request.prospectPreferredHours ?? ['08:00', '20:00'];
  for (const slot of result.available) {
    const start = Date.parse(slot.start);
    const end = Date.parse(slot.end);
    check(end - start === duration, 'duration-exact', slot.start);
    check(valid(start), 'inside-window/respects-min-notice/no-conflict-with-buffer', slot.start);
    const hostDate = oracleLabel(host.timezone, start).date;
    const onGrid = [addDays(hostDate, -1), hostDate].some((date) =>
      rangesOn(date).some(
        (range) => range.start <= start && end <= range.end && (start - range.start) % interval === 0,
      ),
    );
    check(onGrid, 'inside-working-hours/on-grid', slot.start);
    const hostLabel = oracleLabel(host.timezone, start);
    const prospectLabel = oracleLabel(request.prospectTimezone, start);
    check(JSON.stringify(slot.host) === JSON.stringify(hostLabel), 'labels-match-timezones (host)', slot.start);
    check(
      JSON.stringify(slot.prospect) === JSON.stringify(prospectLabel),
      'labels-match-timezones (prospect)',
      slot.start,
    );
    const endLabel = oracleLabel(request.prospectTimezone, end);
    const preferred =
      ['mon', 'tue', 'wed', 'thu', 'fri'].includes(weekdayKey(slot.prospect.date)) &&
      slot.prospect.time >= preferredFrom &&
      endLabel.date === slot.prospect.date &&
      endLabel.time <= preferredTo;
    check(slot.prospectPreferred === preferred, 'prospectPreferred (§6.5 rule 1)', slot.start);
  }
  const clamped = Math.min(5, Math.max(1, request.maxProposals));
  check(
    result.proposals.length === Math.min(clamped, result.available.length),
    'proposals-subset-and-count (count)',
    '-',
  );
  const availableByStart = new Map(result.available.map((slot) => [slot.start, JSON.stringify(slot)]));
  for (const proposal of result.proposals) {
    check(
      availableByStart.get(proposal.start) === JSON.stringify(proposal),
      'proposals-subset-and-count (subset)',
      proposal.start,
    );
  }

  if (checkCompleteness) {
    // "every valid slot in the window": each oracle grid candidate that passes every rule is listed.
    const listed = new Set(result.available.map((slot) => Date.parse(slot.start)));
    const firstDate = addDays(oracleLabel(host.timezone, windowStart).date, -1);
    const lastDate = addDays(oracleLabel(host.timezone, windowEnd).date, 1);
    for (let date = firstDate; date <= lastDate; date = addDays(date, 1)) {
      for (const range of rangesOn(date)) {
        for (let start = range.start; start + duration <= range.end; start += interval) {
          if (valid(start) && !listed.has(start))
            failures.push(`completeness: missing ${new Date(start).toISOString()}`);
        }
      }
    }
  }
  expect(failures).toEqual([]);
}

describe('findSlots invariants on random inputs (specs/scheduling.md "Invariants")', () => {
  it('sorted-unique, duration-exact, inside-window, respects-min-notice, inside-working-hours, on-grid, no-conflict-with-buffer, proposals-subset-and-count, labels-match-timezones, and completeness (timed + all-day busy)', () => {
    fc.assert(
      fc.property(scenario({ recurring: false, maxWindowDays: 8 }), (input) => checkInvariants(input, true)),
      { numRuns: 120, seed: 20260301 },
    );
  });
  it('the same invariants with recurring events (DAILY/WEEKLY, COUNT, BYDAY, foreign TZID) in the busy set', () => {
    fc.assert(
      fc.property(scenario({ recurring: true, maxWindowDays: 8 }), (input) => checkInvariants(input, false)),
      { numRuns: 80, seed: 20261101 },
    );
  });
  it('§6.2 62-day cap: long random windows keep every invariant inside the capped window', () => {
    fc.assert(
      fc.property(scenario({ recurring: true, maxWindowDays: 90 }), (input) => checkInvariants(input, false)),
      { numRuns: 12, seed: 62 },
    );
  });
  it('§6.3 rule 5 oracle sanity: the reference resolver agrees on a known gap and overlap', () => {
    expect(new Date(oracleResolve('America/New_York', '2026-03-08', '02:30')).toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
    expect(new Date(oracleResolve('America/New_York', '2026-11-01', '01:30')).toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });
});
