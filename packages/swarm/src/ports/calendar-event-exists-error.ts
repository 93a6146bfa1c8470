import { calendarEventAlreadyExistsCode } from './calendar-adapter.js';

/**
 * What a calendar adapter rejects `createEvent` with when the deterministic event id already exists
 * (specs/scheduling.md "CalendarAdapter": `code` is `'ALREADY_EXISTS'`, HTTP 409 semantics; CalDAV answers
 * 412 to `If-None-Match: *`). The booking guard treats it as proof that an earlier attempt wrote the event.
 * Shared by the adapters and the scheduling slice's in-memory calendar, which extends it.
 */
export class CalendarEventExistsError extends Error {
  readonly code = calendarEventAlreadyExistsCode;
  readonly isRetryable = false;
  constructor(readonly eventId: string) {
    super(`Calendar event ${eventId} already exists; treat the retried write as done.`);
    this.name = 'CalendarEventExistsError';
  }
}
