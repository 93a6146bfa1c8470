import type { BusyEvent } from '../../ports/calendar-adapter.js';
import { bookingIdInTitle } from './gohighlevel-booking-marker.js';
import type { GoHighLevelCalendarEvent } from './gohighlevel-calendar-schemas.js';

/** Appointment statuses that no longer hold the slot (AppointmentSchemaResponse `appointmentStatus` enum). */
const releasedStatuses = new Set(['cancelled', 'invalid']);

function isoOf(time: string | number): string | undefined {
  const milliseconds = typeof time === 'number' ? time : Date.parse(time);
  return Number.isFinite(milliseconds) ? new Date(milliseconds).toISOString() : undefined;
}

/**
 * Maps a HighLevel appointment or blocked slot to a timed {@link BusyEvent}. Cancelled, invalid and deleted
 * appointments become `status: 'cancelled'` (non-blocking, specs/scheduling.md §6.3 rule 1); every other
 * status (`new`, `confirmed`, `showed`, `noshow`) blocks. An appointment carrying our booking marker is
 * reported under the booking id, so the booking guard recognises its own event. Returns undefined for
 * unreadable times — the caller fails closed.
 */
export function toBusyEvent(event: GoHighLevelCalendarEvent): BusyEvent | undefined {
  const start = isoOf(event.startTime);
  const end = isoOf(event.endTime);
  if (start === undefined || end === undefined) return undefined;
  const released = event.deleted === true || releasedStatuses.has(event.appointmentStatus ?? '');
  return {
    id: bookingIdInTitle(event.title) ?? event.id,
    start,
    end,
    status: released ? 'cancelled' : 'confirmed',
  };
}
