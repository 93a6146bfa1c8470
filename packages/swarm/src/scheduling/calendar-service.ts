/**
 * The calendar service (specs/scheduling.md §6.3 rule 6 and §6.10): reads a host's calendars in parallel
 * with per-provider timeouts, caches busy data for at most 60 s for proposals only, and answers
 * `degraded` (no proposals) when any calendar failed. The booking guard gets {@link CalendarService.bookingCalendar},
 * which always reads fresh and never touches the cache (cal.com#22401).
 */
import { CaioError } from '../domain/errors.js';
import type {
  BusyEvent,
  CalendarAdapter,
  CalendarEventInput,
  CalendarInstant,
  CreatedCalendarEvent,
} from '../ports/calendar-adapter.js';
import { findSlots } from './find-slots.js';
import type { HostCalendarSource } from './host-calendar-source.js';
import type { HostConfig } from './host-config.js';
import { formatInstant, parseInstant } from './instant-parsing.js';
import { defaultCalendarTimeoutMs, readHostBusy, type CalendarReadFailure } from './read-host-busy.js';
import type { SlotRequest, SlotResult } from './slot.js';

/** The longest a cached busy read may be used for proposals (spec §6.10: "≤ 60 s"). */
export const maximumBusyCacheMs = 60_000;
const millisecondsPerDay = 86_400_000;

/** Options of {@link createCalendarService}. */
export interface CalendarServiceOptions {
  /** The injected clock; cache ages are measured with it. */
  now: () => Date;
  /** Cache lifetime in ms, clamped to 0..60 000 (default 60 000; 0 disables the cache). */
  cacheTtlMs?: number;
  /** Default per-provider timeout in ms (default 5 000); a calendar's own `timeoutMs` wins. */
  timeoutMs?: number;
}

/** What {@link CalendarService.proposeSlots} needs. */
export interface ProposeSlotsInput {
  host: HostConfig;
  calendars: readonly HostCalendarSource[];
  request: SlotRequest;
}

/** A slot result; `degraded` with empty lists when any calendar failed (spec §6.3 rule 6). */
export type CalendarServiceSlotResult = SlotResult & { degraded?: true; failures?: CalendarReadFailure[] };

/** The service. */
export interface CalendarService {
  /**
   * Proposals for `request`: busy read (cached ≤ 60 s per host and range) then `findSlots`. When any calendar
   * failed or timed out, resolves `{ available: [], proposals: [], degraded: true, failures }` without calling
   * `findSlots` — the agent retries with backoff, then escalates (§6.9). Never throws for provider failures.
   */
  proposeSlots(input: ProposeSlotsInput): Promise<CalendarServiceSlotResult>;
  /**
   * A {@link CalendarAdapter} over all of a host's calendars for `createBookingService`: `listBusy` reads every
   * calendar fresh (no cache) and throws `vendor_error` when any fails; writes go to the primary calendar and
   * drop the host's cached busy data.
   * @throws CaioError `config_invalid` when the host has no calendars.
   */
  bookingCalendar(hostId: string, calendars: readonly HostCalendarSource[]): CalendarAdapter;
  /** Drops a host's cached busy data (e.g. after a booking made elsewhere). */
  invalidate(hostId: string): void;
}

interface CacheEntry {
  readAt: number;
  events: BusyEvent[];
}

/** Creates the calendar service. */
export function createCalendarService(options: CalendarServiceOptions): CalendarService {
  const ttl = Math.min(Math.max(options.cacheTtlMs ?? maximumBusyCacheMs, 0), maximumBusyCacheMs);
  const timeoutMs = options.timeoutMs ?? defaultCalendarTimeoutMs;
  const cache = new Map<string, Map<string, CacheEntry>>();
  const invalidate = (hostId: string) => void cache.delete(hostId);

  return {
    invalidate,
    async proposeSlots({ host, calendars, request }) {
      const hostId = host.id ?? 'default';
      const windowStart = parseInstant(request.windowStart);
      const windowEnd = parseInstant(request.windowEnd);
      // An unreadable window is findSlots' to report (INVALID_WINDOW); it needs no busy data.
      if (windowStart === undefined || windowEnd === undefined || windowEnd <= windowStart) {
        return findSlots({ host, busy: [], request });
      }
      // A day of margin each side covers buffers, all-day events in the host zone and recurrence lead-in.
      const from = formatInstant(windowStart - millisecondsPerDay);
      const to = formatInstant(windowEnd + millisecondsPerDay);
      const key = `${from}/${to}`;
      const now = options.now().getTime();
      const hostCache = cache.get(hostId) ?? new Map<string, CacheEntry>();
      for (const [entryKey, entry] of hostCache) if (now - entry.readAt >= ttl) hostCache.delete(entryKey);
      let events = hostCache.get(key)?.events;
      if (events === undefined) {
        const read = await readHostBusy(calendars, from, to, timeoutMs);
        if (!read.ok) return { available: [], proposals: [], degraded: true, failures: read.failures };
        events = read.events;
        if (ttl > 0) {
          hostCache.set(key, { readAt: now, events });
          cache.set(hostId, hostCache);
        }
      }
      return findSlots({ host, busy: events, request });
    },
    bookingCalendar(hostId, calendars) {
      const primary = calendars.find((source) => source.primary === true) ?? calendars[0];
      if (primary === undefined) {
        throw new CaioError('config_invalid', `Host ${hostId} has no calendar; add one under hosts[].calendar.`);
      }
      return {
        async listBusy(from: CalendarInstant, to: CalendarInstant): Promise<BusyEvent[]> {
          const read = await readHostBusy(calendars, from, to, timeoutMs);
          if (read.ok) return read.events;
          const failed = read.failures.map((failure) => `${failure.provider} (${failure.reason})`).join(', ');
          throw new CaioError('vendor_error', `Could not read calendar ${failed} for host ${hostId}; retry later.`, {
            details: { failures: read.failures.map(({ provider, reason }) => ({ provider, reason })) },
          });
        },
        async createEvent(event: CalendarEventInput): Promise<CreatedCalendarEvent> {
          invalidate(hostId);
          try {
            return await primary.adapter.createEvent(event);
          } finally {
            invalidate(hostId);
          }
        },
        async deleteEvent(id: string): Promise<boolean> {
          invalidate(hostId);
          return primary.adapter.deleteEvent(id);
        },
      };
    },
  };
}
