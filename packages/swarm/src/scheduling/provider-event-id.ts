/**
 * Deterministic provider event ids (specs/scheduling.md §6.7 step 5): the same host and idempotency key
 * always give the same id, so a retried write is rejected as `ALREADY_EXISTS` instead of duplicated.
 */
import { deterministicCalendarEventId } from '../ports/calendar-adapter.js';

/**
 * A 52-character lower-case base32hex id (RFC 4648 §7) from SHA-256 of host id and idempotency key —
 * valid as a Google Calendar event id (base32hex, 5–1024 chars) and as a CalDAV resource name.
 */
export function providerEventId(hostId: string, idempotencyKey: string): string {
  return deterministicCalendarEventId(`${hostId}\u0000${idempotencyKey}`);
}
