/**
 * A fixed, deterministic scenario over the scheduling engine whose serialised result must not depend on
 * the process time zone (specs/scheduling.md §6.11: run under TZ=UTC, Pacific/Chatham, America/St_Johns).
 */
import { createHash } from 'node:crypto';
import type { BusyEvent } from '../../ports/calendar-adapter.js';
import { normaliseBusy } from '../busy-normalisation.js';
import { findSlots } from '../find-slots.js';
import { planReminders } from '../plan-reminders.js';

const hosts = [
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/St_Johns',
];
const windows: [string, string][] = [
  ['2026-03-05T00:00:00Z', '2026-03-12T00:00:00Z'],
  ['2026-03-26T00:00:00Z', '2026-04-08T00:00:00Z'],
  ['2026-09-24T00:00:00Z', '2026-10-06T00:00:00Z'],
  ['2026-10-22T00:00:00Z', '2026-11-04T00:00:00Z'],
];
const busy: BusyEvent[] = [
  { start: '2026-03-09T14:00:00Z', end: '2026-03-09T15:30:00Z' },
  {
    start: '2026-03-02T14:00:00Z',
    end: '2026-03-02T15:00:00Z',
    rrule: 'FREQ=WEEKLY;BYDAY=MO,WE',
    exdate: ['2026-03-04T14:00:00Z'],
  },
  {
    start: '2026-09-01T22:00:00Z',
    end: '2026-09-01T23:00:00Z',
    rrule: 'FREQ=DAILY;INTERVAL=2',
    tzid: 'Pacific/Chatham',
  },
  { allDay: true, startDate: '2026-10-26' },
  { start: '2026-10-27T10:00:00Z', end: '2026-10-27T12:00:00Z', status: 'tentative' },
  { start: '2026-10-28T10:00:00Z', end: '2026-10-28T12:00:00Z', transparency: 'transparent' },
];

/** Runs the scenario and returns its canonical JSON. */
export function runTimezoneScenario(): string {
  const results: unknown[] = [];
  for (const timezone of hosts) {
    for (const [windowStart, windowEnd] of windows) {
      const result = findSlots({
        host: {
          timezone,
          bufferMinutes: 10,
          slotIntervalMinutes: 20,
          workingHours: {
            mon: [
              ['00:30', '03:45'],
              ['09:00', '17:00'],
            ],
            sun: [['01:00', '04:00']],
            thu: [['08:00', '24:00']],
          },
        },
        busy,
        request: {
          now: '2026-03-01T00:00:00Z',
          durationMinutes: 40,
          windowStart,
          windowEnd,
          prospectTimezone: 'Asia/Kathmandu',
          maxProposals: 4,
        },
      });
      results.push(result);
      results.push(
        normaliseBusy({
          events: busy,
          hostTimezone: timezone,
          rangeStart: Date.parse(windowStart),
          rangeEnd: Date.parse(windowEnd),
        }),
      );
    }
  }
  results.push(
    planReminders({ meetingStart: '2026-03-09T13:00:00Z', bookedAt: '2026-03-01T00:00:00Z', durationMinutes: 30 }),
  );
  return JSON.stringify(results);
}

/** SHA-256 of {@link runTimezoneScenario}. */
export function timezoneScenarioDigest(): string {
  return createHash('sha256').update(runTimezoneScenario()).digest('hex');
}
