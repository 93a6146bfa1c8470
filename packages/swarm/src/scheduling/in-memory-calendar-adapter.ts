/**
 * An in-memory {@link CalendarAdapter} with provider-like latency (specs/scheduling.md: "tests pass an
 * in-memory one that adds 20–60 ms latency to every call"). Creating an event whose id exists rejects
 * with code `ALREADY_EXISTS`, like Google (409) or CalDAV `If-None-Match: *` (412).
 */
import type {
  BusyEvent,
  CalendarAdapter,
  CalendarEventInput,
  CalendarInstant,
  CreatedCalendarEvent,
} from '../ports/calendar-adapter.js';
import { CalendarEventExistsError } from '../ports/calendar-event-exists-error.js';
import { parseInstant } from './instant-parsing.js';
import { createSeededRandom } from './seeded-random.js';

/** The error a duplicate create rejects with: the port's {@link CalendarEventExistsError} (`code` `'ALREADY_EXISTS'`). */
export class CalendarEventAlreadyExistsError extends CalendarEventExistsError {
  constructor(eventId: string) {
    super(eventId);
    this.name = 'CalendarEventAlreadyExistsError';
  }
}

/** Options of {@link createInMemoryCalendarAdapter}. */
export interface InMemoryCalendarOptions {
  /** Events present from the start; those without an `id` get one. */
  events?: BusyEvent[];
  /** Per-call latency range in ms (default 20–60); `{ minimumMilliseconds: 0, maximumMilliseconds: 0 }` disables it. */
  latency?: { minimumMilliseconds: number; maximumMilliseconds: number };
  /** Random source in [0, 1) for latency and generated ids (default: seeded, deterministic). */
  random?: () => number;
}

/** The adapter plus test controls. */
export interface InMemoryCalendarAdapter extends CalendarAdapter {
  /** Adds an event immediately, as a human editing the calendar would. Returns its id. */
  insertDirectly(event: BusyEvent): string;
  /** Every stored event. */
  events(): BusyEvent[];
  /** Makes every later `listBusy` reject with `error` until called with `undefined` (provider outage). */
  failListBusyWith(error: Error | undefined): void;
  /** Counts of calls per method. */
  readonly calls: { listBusy: number; createEvent: number; deleteEvent: number };
}

function overlaps(event: BusyEvent, from: number, to: number): boolean {
  // All-day and recurring events are returned whole; the engine normalises them against the host zone.
  if (event.allDay === true || event.rrule !== undefined) return true;
  const start = parseInstant(event.start);
  const end = parseInstant(event.end);
  return start === undefined || end === undefined || (start < to && end > from);
}

/** Creates an in-memory calendar. */
export function createInMemoryCalendarAdapter(options: InMemoryCalendarOptions = {}): InMemoryCalendarAdapter {
  const random = options.random ?? createSeededRandom(1);
  const latency = options.latency ?? { minimumMilliseconds: 20, maximumMilliseconds: 60 };
  const stored = new Map<string, BusyEvent>();
  let generatedIds = 0;
  let listFailure: Error | undefined;
  const calls = { listBusy: 0, createEvent: 0, deleteEvent: 0 };
  const nextId = (): string => {
    generatedIds += 1;
    return `generated-${generatedIds}-${Math.floor(random() * 1e9).toString(36)}`;
  };
  const wait = async (): Promise<void> => {
    const span = latency.maximumMilliseconds - latency.minimumMilliseconds;
    const delay = latency.minimumMilliseconds + random() * span;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  };
  const insertDirectly = (event: BusyEvent): string => {
    const id = event.id ?? nextId();
    stored.set(id, { ...event, id });
    return id;
  };
  for (const event of options.events ?? []) insertDirectly(event);

  return {
    calls,
    insertDirectly,
    events: () => [...stored.values()],
    failListBusyWith(error) {
      listFailure = error;
    },
    async listBusy(from: CalendarInstant, to: CalendarInstant): Promise<BusyEvent[]> {
      calls.listBusy += 1;
      await wait();
      if (listFailure) throw listFailure;
      const fromMilliseconds = parseInstant(from);
      const toMilliseconds = parseInstant(to);
      if (fromMilliseconds === undefined || toMilliseconds === undefined) {
        throw new TypeError('listBusy needs instants: a Date, epoch ms or ISO-8601 with Z or an offset.');
      }
      return [...stored.values()]
        .filter((event) => overlaps(event, fromMilliseconds, toMilliseconds))
        .map((event) => ({ ...event }));
    },
    async createEvent(event: CalendarEventInput): Promise<CreatedCalendarEvent> {
      calls.createEvent += 1;
      await wait();
      // Check and insert happen together after the latency, like a provider's conditional create.
      if (event.id !== undefined && stored.has(event.id)) throw new CalendarEventAlreadyExistsError(event.id);
      const id = insertDirectly({ id: event.id, start: event.start, end: event.end, status: 'confirmed' });
      return { id, start: event.start, end: event.end };
    },
    async deleteEvent(id: string): Promise<boolean> {
      calls.deleteEvent += 1;
      await wait();
      return stored.delete(id);
    },
  };
}
