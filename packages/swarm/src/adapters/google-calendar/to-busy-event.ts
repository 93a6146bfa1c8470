import type { BusyEvent } from '../../ports/calendar-adapter.js';
import type { GoogleEvent } from './google-calendar-schemas.js';

/**
 * Maps a Google event (already expanded with `singleEvents=true`, so never a recurrence master) to the
 * port's {@link BusyEvent}, keeping what busy normalisation needs (specs/scheduling.md §6.3 rule 1):
 * `status` (cancelled does not block), `transparency` ("Show as available" is `transparent`) and the
 * host's own `responseStatus` from the attendee marked `self` (declined does not block). Returns
 * undefined for an event without usable start/end — the caller fails closed on it.
 */
export function toBusyEvent(event: GoogleEvent): BusyEvent | undefined {
  const responseStatus = event.attendees?.find((attendee) => attendee.self === true)?.responseStatus;
  const flags = {
    id: event.id,
    ...(event.status === undefined ? {} : { status: event.status }),
    ...(event.transparency === undefined ? {} : { transparency: event.transparency }),
    ...(responseStatus === undefined ? {} : { responseStatus }),
  };
  if (event.start?.dateTime !== undefined && event.end?.dateTime !== undefined) {
    return { ...flags, start: event.start.dateTime, end: event.end.dateTime };
  }
  if (event.start?.date !== undefined) {
    return {
      ...flags,
      allDay: true,
      startDate: event.start.date,
      ...(event.end?.date === undefined ? {} : { endDate: event.end.date }),
    };
  }
  return undefined;
}
