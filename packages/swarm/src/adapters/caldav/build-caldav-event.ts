import ical from 'ical-generator';

/** One event to write to a CalDAV calendar. Instants are `Date`s (written in UTC). */
export interface CalDavEventText {
  /** The iCalendar UID (the booking's deterministic id, also the resource name `{uid}.ics`). */
  uid: string;
  start: Date;
  end: Date;
  title: string;
  /** `DTSTAMP`, from the injected clock. */
  stamp: Date;
  /** Video link: written as LOCATION and URL so every client shows it. */
  videoLink?: string | undefined;
}

/**
 * The iCalendar object (RFC 5545, one VEVENT, no METHOD — RFC 4791 §4.1 forbids METHOD in stored
 * calendar resources) for a CalDAV PUT, built with ical-generator.
 */
export function buildCalDavEvent(event: CalDavEventText): string {
  const calendar = ical({ prodId: { company: 'CAIO', product: 'CAIO Swarm', language: 'EN' } });
  calendar.createEvent({
    id: event.uid,
    start: event.start,
    end: event.end,
    stamp: event.stamp,
    summary: event.title,
    ...(event.videoLink === undefined ? {} : { location: event.videoLink, url: event.videoLink }),
  });
  return calendar.toString();
}
