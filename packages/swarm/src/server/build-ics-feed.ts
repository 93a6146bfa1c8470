import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { EmbeddedCalendarEvent } from '../ports/embedded-calendar-store.js';

/** What {@link buildIcsFeed} renders. */
export interface IcsFeedInput {
  /** Calendar display name (`X-WR-CALNAME`). */
  name: string;
  events: readonly EmbeddedCalendarEvent[];
  /** `DTSTAMP` of every event (the injected clock's now). */
  generatedAt: Date;
}

const statuses = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

/**
 * The iCalendar text (RFC 5545, `METHOD:PUBLISH`) of an embedded calendar's events, built with
 * ical-generator. Times are written in UTC; `UID` is the event id (the booking's deterministic provider
 * id), so a subscribed client updates the same event instead of duplicating it.
 */
export function buildIcsFeed(input: IcsFeedInput): string {
  const calendar = ical({
    name: input.name,
    prodId: { company: 'CAIO', product: 'CAIO Swarm', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const event of input.events) {
    calendar.createEvent({
      id: event.id,
      start: new Date(event.start),
      end: new Date(event.end),
      stamp: input.generatedAt,
      summary: event.title,
      status: statuses[event.status],
      transparency:
        event.transparency === 'transparent' ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    });
  }
  return calendar.toString();
}
