/**
 * The SQL side of the embedded calendar (SPEC §7 "Calendars: embedded (SQL, ICS export)"): events kept
 * in our own database per host. The embedded {@link CalendarAdapter} and the ICS feed route read and
 * write through this port; the store implements it (table `calendar_events`, migration 0013).
 */

/** Event status as RFC 5545 §3.8.1.11 names it (lower case). */
export type EmbeddedCalendarEventStatus = 'confirmed' | 'tentative' | 'cancelled';

/** One stored event. Instants are ISO-8601 UTC strings (`Date#toISOString()`); `[start, end)` is half-open. */
export interface EmbeddedCalendarEvent {
  hostId: string;
  /** Unique per host; deterministic when the booking guard wrote it (`providerEventId`). */
  id: string;
  start: string;
  end: string;
  title: string;
  status: EmbeddedCalendarEventStatus;
  /** `transparent` events never block time (spec §6.3 rule 1). */
  transparency: 'opaque' | 'transparent';
  /** Extra keys the caller passed (video link, attendees…), kept as JSON. */
  details: Readonly<Record<string, unknown>>;
}

/** A new event; without `id` the store generates one. */
export type NewEmbeddedCalendarEvent = Omit<EmbeddedCalendarEvent, 'id' | 'status' | 'transparency' | 'details'> &
  Partial<Pick<EmbeddedCalendarEvent, 'id' | 'status' | 'transparency' | 'details'>>;

/** Events per host. */
export interface EmbeddedCalendarEventStore {
  /**
   * Inserts the event unless `(hostId, id)` already exists — one conditional statement, so two racing
   * retries of one booking write one row. Resolves to the stored event, or `undefined` when the id existed.
   */
  insertIfAbsent(event: NewEmbeddedCalendarEvent): Promise<EmbeddedCalendarEvent | undefined>;
  /** Events of `hostId` overlapping `[from, to)` (any status), ascending by start. */
  listOverlapping(hostId: string, from: Date, to: Date): Promise<EmbeddedCalendarEvent[]>;
  /** Deletes one event; `false` when it did not exist. */
  delete(hostId: string, id: string): Promise<boolean>;
}
