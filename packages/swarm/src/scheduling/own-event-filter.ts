/** Recognising the booking guard's own calendar event in provider data (specs/scheduling.md §6.7 steps 3 and 6). */
import type { BusyEvent } from '../ports/calendar-adapter.js';
import { parseInstant } from './instant-parsing.js';

/**
 * Drops our own event: by id always; by exact instants only after our write (`matchByTime`), for
 * adapters that return no ids. Before the write a same-instant event without our id is a competitor and
 * must keep blocking, so a retry after a crash on such an adapter fails closed as SLOT_UNAVAILABLE.
 */
export function withoutOwnEvent(
  events: BusyEvent[],
  ownIds: ReadonlySet<string>,
  matchByTime?: { start: number; end: number },
): BusyEvent[] {
  let matchedByTime = false;
  return events.filter((event) => {
    if (event.id !== undefined) return !ownIds.has(event.id);
    const isOurs =
      matchByTime !== undefined &&
      !matchedByTime &&
      event.rrule === undefined &&
      event.allDay !== true &&
      parseInstant(event.start) === matchByTime.start &&
      parseInstant(event.end) === matchByTime.end;
    if (isOurs) matchedByTime = true;
    return !isOurs;
  });
}
