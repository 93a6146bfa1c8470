/**
 * The two workloads of the scheduling benchmark (issue 7 "Benchmark"; specs/scheduling.md §6.10): a
 * 28-day window with 224 busy events across the US DST change, and a 62-day window with 500 busy
 * intervals including weekly/daily RRULEs with EXDATEs and all-day events. Seeded, so every run measures
 * the same input.
 */
import type { BusyEvent, FindSlotsInput } from '../scheduling/index.js';
import { createSeededRandom } from '../scheduling/index.js';

/** One named workload. */
export interface FindSlotsScenario {
  name: string;
  input: FindSlotsInput;
  /** Busy inputs as given (events; an RRULE counts once). */
  busyEvents: number;
}

const hourMilliseconds = 3_600_000;

function timedEvents(count: number, windowStart: number, days: number, random: () => number): BusyEvent[] {
  const events: BusyEvent[] = [];
  for (let index = 0; index < count; index += 1) {
    const day = Math.floor(random() * days);
    const startHour = 12 + Math.floor(random() * 22) / 2;
    const start = windowStart + day * 24 * hourMilliseconds + startHour * hourMilliseconds;
    const length = (1 + Math.floor(random() * 4)) * 15 * 60_000;
    events.push({ start: new Date(start).toISOString(), end: new Date(start + length).toISOString() });
  }
  return events;
}

/** 28 days around 2026-03-08 (US DST start), New York host, 224 timed events (8 per day). */
export function dstScenario(): FindSlotsScenario {
  const windowStart = Date.parse('2026-02-23T00:00:00Z');
  const busy = timedEvents(224, windowStart, 28, createSeededRandom(7));
  return {
    name: '28 days, 224 events, DST change',
    busyEvents: busy.length,
    input: {
      host: { id: 'bench', timezone: 'America/New_York', bufferMinutes: 15, slotIntervalMinutes: 15 },
      busy,
      request: {
        now: '2026-02-22T12:00:00.000Z',
        durationMinutes: 30,
        windowStart: '2026-02-23T00:00:00.000Z',
        windowEnd: '2026-03-23T00:00:00.000Z',
        prospectTimezone: 'Europe/Berlin',
        maxProposals: 5,
      },
    },
  };
}

/** 62 days from 2026-03-01 (UK and EU DST change), London host, 500 busy intervals incl. 30 RRULEs. */
export function recurringScenario(): FindSlotsScenario {
  const random = createSeededRandom(11);
  const windowStart = Date.parse('2026-03-01T00:00:00Z');
  const busy: BusyEvent[] = timedEvents(460, windowStart, 62, random);
  for (let index = 0; index < 30; index += 1) {
    const day = 1 + (index % 5);
    const hour = 9 + (index % 8);
    const start = `2026-03-0${day}T${String(hour).padStart(2, '0')}:00:00Z`;
    const end = `2026-03-0${day}T${String(hour).padStart(2, '0')}:30:00Z`;
    const daily = index % 3 === 0;
    busy.push({
      start,
      end,
      tzid: 'Europe/London',
      rrule: daily ? 'FREQ=DAILY;INTERVAL=2;COUNT=25' : 'FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20260430T000000Z',
      exdate: [`2026-03-1${day}T${String(hour).padStart(2, '0')}:00:00Z`],
    });
  }
  for (let index = 0; index < 10; index += 1) {
    const date = new Date(windowStart + (3 + index * 6) * 24 * hourMilliseconds).toISOString().slice(0, 10);
    busy.push({ allDay: true, startDate: date });
  }
  return {
    name: '62 days, 500 intervals incl. 30 RRULEs',
    busyEvents: busy.length,
    input: {
      host: { id: 'bench', timezone: 'Europe/London', bufferMinutes: 10, slotIntervalMinutes: 30 },
      busy,
      request: {
        now: '2026-02-28T12:00:00.000Z',
        durationMinutes: 45,
        windowStart: '2026-03-01T00:00:00.000Z',
        windowEnd: '2026-05-02T00:00:00.000Z',
        prospectTimezone: 'America/Los_Angeles',
        maxProposals: 5,
      },
    },
  };
}
