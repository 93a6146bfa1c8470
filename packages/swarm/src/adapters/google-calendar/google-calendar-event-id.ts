import { deterministicCalendarEventId } from '../../ports/calendar-adapter.js';

/** Google's rule for client-chosen event ids (Events resource, `id`): base32hex a–v and 0–9, 5–1024 chars. */
const googleEventIdPattern = /^[a-v0-9]{5,1024}$/;

/**
 * The Google Calendar event id for a deterministic booking id or idempotency key (specs/scheduling.md
 * §6.7 step 5). An id that already satisfies Google's rule (the booking guard's `providerEventId` does) is
 * used unchanged, so the booking id and the Google id agree; anything else is mapped to the lower-case
 * base32hex (RFC 4648 §7) of its SHA-256 — 52 chars, the same input always giving the same id, so a
 * retried insert answers 409 instead of creating a second event.
 *
 * @example googleCalendarEventId('booking-key-1') // 52 chars of [0-9a-v]
 */
export function googleCalendarEventId(idOrKey: string): string {
  return googleEventIdPattern.test(idOrKey) ? idOrKey : deterministicCalendarEventId(idOrKey);
}
