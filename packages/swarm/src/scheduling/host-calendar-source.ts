/**
 * One calendar of a host as the calendar service sees it (SPEC §7: a host may have several calendars —
 * embedded, CalDAV, Google, GoHighLevel — that together make up their busy time).
 */
import type { CalendarAdapter } from '../ports/calendar-adapter.js';

/** A host calendar: its adapter plus how long we wait for it. */
export interface HostCalendarSource {
  /** Provider name for logs and degraded reports, e.g. `google`, `caldav`. */
  provider: string;
  adapter: CalendarAdapter;
  /** Per-provider read timeout in ms; default the service's `timeoutMs` (5 000, spec §6.10). */
  timeoutMs?: number;
  /** The calendar bookings are written to; default the first calendar of the host. */
  primary?: boolean;
}
