import { CaioError } from '../../domain/errors.js';
import type { BusyEvent, CalendarAdapter } from '../../ports/calendar-adapter.js';
import { CalendarEventExistsError } from '../../ports/calendar-event-exists-error.js';
import type { EmbeddedCalendarEvent, EmbeddedCalendarEventStore } from '../../ports/embedded-calendar-store.js';
import { toCalendarDate } from './calendar-instant.js';

/** Settings of {@link createEmbeddedCalendarAdapter}. */
export interface EmbeddedCalendarSettings {
  /** The host whose calendar this is (config `hosts[].id`). */
  hostId: string;
  /** The SQL event store (`createCalendarEventRepository(db)` from the store). */
  events: EmbeddedCalendarEventStore;
}

/** Keys of `createEvent`'s input that are columns; the rest is kept in `details`. */
const columnKeys: ReadonlySet<string> = new Set(['id', 'start', 'end', 'title', 'status', 'transparency']);

function toBusyEvent(event: EmbeddedCalendarEvent): BusyEvent {
  return {
    id: event.id,
    start: event.start,
    end: event.end,
    status: event.status,
    ...(event.transparency === 'transparent' ? { transparency: 'transparent' as const } : {}),
  };
}

/**
 * The embedded calendar (SPEC §7 "Calendars: embedded (SQL, ICS export)"): a {@link CalendarAdapter} on our
 * own database through {@link EmbeddedCalendarEventStore}.
 * - `listBusy(from, to)` is one range query (`starts_at < to AND ends_at > from`); cancelled and
 *   transparent rows come back with their status so the engine drops them (spec §6.3 rule 1).
 * - `createEvent` with an `id` is a conditional insert: an existing `(host, id)` rejects with
 *   {@link CalendarEventExistsError} (`code: 'ALREADY_EXISTS'`), so a retried booking never duplicates
 *   (spec §6.7 step 5). Without an `id` the store generates one.
 * - `deleteEvent` resolves `false` when the event did not exist.
 *
 * @throws CaioError `input_invalid` for unreadable instants or `end ≤ start`; database errors propagate
 *   (the booking guard turns them into a retryable `vendor_error`, failing closed).
 */
export function createEmbeddedCalendarAdapter(settings: EmbeddedCalendarSettings): CalendarAdapter {
  const { hostId, events } = settings;
  if (!hostId?.trim()) {
    throw new CaioError('config_invalid', 'The embedded calendar needs a host id (config hosts[].id).');
  }
  return {
    async listBusy(from, to) {
      const rows = await events.listOverlapping(hostId, toCalendarDate(from, 'from'), toCalendarDate(to, 'to'));
      return rows.map(toBusyEvent);
    },
    async createEvent(event) {
      const start = toCalendarDate(event.start, 'start');
      const end = toCalendarDate(event.end, 'end');
      if (end.getTime() <= start.getTime()) {
        throw new CaioError('input_invalid', 'A calendar event must end after it starts.', {
          details: { field: 'end' },
        });
      }
      const details = Object.fromEntries(Object.entries(event).filter(([key]) => !columnKeys.has(key)));
      const stored = await events.insertIfAbsent({
        hostId,
        ...(event.id === undefined ? {} : { id: event.id }),
        start: start.toISOString(),
        end: end.toISOString(),
        title: typeof event.title === 'string' ? event.title : 'Busy',
        ...(event.status === 'tentative' ? { status: 'tentative' as const } : {}),
        ...(event.transparency === 'transparent' ? { transparency: 'transparent' as const } : {}),
        details,
      });
      if (!stored) throw new CalendarEventExistsError(event.id ?? '(generated)');
      return { id: stored.id, start: stored.start, end: stored.end };
    },
    deleteEvent: (id) => events.delete(hostId, id),
  };
}
