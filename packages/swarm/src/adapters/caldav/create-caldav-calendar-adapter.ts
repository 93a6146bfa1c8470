import { randomUUID } from 'node:crypto';
import { fetchCalendarObjects } from 'tsdav';
import { createCalendarObject, deleteObject, updateObject } from 'tsdav';
import { CaioError, hasErrorCode } from '../../domain/errors.js';
import type { CalendarAdapter, CalendarEventInput, CreatedCalendarEvent } from '../../ports/calendar-adapter.js';
import { CalendarEventExistsError } from '../../ports/calendar-event-exists-error.js';
import type { Clock } from '../../ports/clock.js';
import { toCalendarDate } from '../embedded-calendar/calendar-instant.js';
import type { FetchLike } from '../http/create-json-http-client.js';
import { requireCredentials } from '../http/require-credentials.js';
import { buildCalDavEvent } from './build-caldav-event.js';
import { createCalDavFetch } from './caldav-fetch.js';
import { calDavObjectsSchema } from './caldav-schemas.js';
import { parseCalDavEvents } from './parse-caldav-events.js';
import type { CalDavResilientCall } from './resilient-call-like.js';

/** Settings of {@link createCalDavCalendarAdapter}; resolved by `config/`, never read from the environment here. */
export interface CalDavCalendarSettings {
  /** The calendar collection URL, e.g. `https://dav.example.com/host@example.com/work/` (config `caldav.calendarUrl`). */
  calendarUrl: string;
  /** HTTP Basic user (config `caldav.username`). */
  username: string;
  /** HTTP Basic password (env `CALDAV_PASSWORD`). */
  password: string;
  /** The host's IANA zone, for floating times and all-day recurrences. */
  hostTimezone: string;
  /** The host's address: their ATTENDEE PARTSTAT=DECLINED makes an invitation non-blocking (spec §6.3). */
  hostEmail?: string;
  fetch: FetchLike;
  clock: Clock;
  /**
   * Breaker → retry → timeout for every call (RES-1..RES-3), e.g. `createResilientCall({ breaker:
   * createCircuitBreaker({ name: 'caldav', clock }), timeoutMs: 5_000 })`. Default: a bare call with a
   * `timeoutMs` abort (spec §6.10 "per-provider timeouts (for example 5 s)").
   */
  resilientCall?: CalDavResilientCall;
  /** Used only without `resilientCall`; default 5 000 ms. */
  timeoutMs?: number;
}

/** The CalDAV calendar: the port plus an update of an event this adapter created. */
export interface CalDavCalendarAdapter extends CalendarAdapter {
  /**
   * Rewrites an existing event (reschedule): reads its ETag (HEAD), then PUTs with `If-Match: <etag>`
   * (RFC 4791 §5.3.4), so an event deleted or changed meanwhile is neither resurrected nor overwritten.
   * (`If-Match: *` would be simpler, but Radicale 3.1 rejects it.)
   * @throws CaioError `not_found` when it no longer exists, `conflict` (412) when it changed in between.
   */
  updateEvent(event: CalendarEventInput & { id: string }): Promise<CreatedCalendarEvent>;
}

/** A resource name safe in a URL path segment (our ids are base32hex; foreign ones are encoded). */
function resourceName(id: string): string {
  return `${encodeURIComponent(id)}.ics`;
}

function eventText(event: CalendarEventInput, uid: string, stamp: Date): { text: string; start: Date; end: Date } {
  const start = toCalendarDate(event.start, 'start');
  const end = toCalendarDate(event.end, 'end');
  if (end.getTime() <= start.getTime()) {
    throw new CaioError('input_invalid', 'A calendar event must end after it starts.', { details: { field: 'end' } });
  }
  const videoLink = typeof event.videoLink === 'string' ? event.videoLink : undefined;
  const title = typeof event.title === 'string' ? event.title : 'Meeting';
  return { text: buildCalDavEvent({ uid, start, end, title, stamp, videoLink }), start, end };
}

/**
 * The CalDAV {@link CalendarAdapter} (RFC 4791) on tsdav:
 * - `listBusy(from, to)`: one calendar-query REPORT with a VEVENT `time-range` filter (and `expand` asked
 *   for); recurring masters the server did not expand are parsed (RRULE, EXDATE, RDATE, RECURRENCE-ID)
 *   and expanded by the engine (spec §6.3 rule 4). Any failure throws — never a silent `[]`.
 * - `createEvent`: PUT `{calendarUrl}/{id}.ics` with `If-None-Match: *` (spec §6.7 step 5), UID = id; a 412
 *   means an earlier attempt wrote it ⇒ rejects with `code: 'ALREADY_EXISTS'`.
 * - `deleteEvent(id)`: DELETE of `{id}.ics`; `false` on 404.
 * Errors: 401/403 `permission_denied`, 412 `conflict`, 429 `rate_limited` (Retry-After), 5xx retryable
 * `vendor_error`, aborted calls `timeout`. Writes are not idempotent for retries except through the
 * conditional create, so they pass `idempotent: false` except the create (safe to repeat by design).
 *
 * @throws CaioError `config_invalid` when the URL, user or password is blank.
 */
export function createCalDavCalendarAdapter(settings: CalDavCalendarSettings): CalDavCalendarAdapter {
  requireCredentials(
    'CalDAV',
    {
      'caldav.calendarUrl': settings.calendarUrl,
      'caldav.username': settings.username,
      CALDAV_PASSWORD: settings.password,
    },
    'set them in the config file or environment',
  );
  const calendarUrl = settings.calendarUrl.endsWith('/') ? settings.calendarUrl : `${settings.calendarUrl}/`;
  const calendar = { url: calendarUrl };
  const authorization = `Basic ${Buffer.from(`${settings.username}:${settings.password}`).toString('base64')}`;
  const davFetch = createCalDavFetch({ fetch: settings.fetch, clock: settings.clock, authorization });
  const timeoutMs = settings.timeoutMs ?? 5_000;
  const call: CalDavResilientCall =
    settings.resilientCall ?? ((operation) => operation(AbortSignal.timeout(timeoutMs)));
  const context = { hostTimezone: settings.hostTimezone, hostEmail: settings.hostEmail };
  const urlOf = (id: string): string => new URL(resourceName(id), calendarUrl).href;

  async function put(
    event: CalendarEventInput,
    uid: string,
    condition: Record<string, string>,
  ): Promise<CreatedCalendarEvent> {
    const { text, start, end } = eventText(event, uid, settings.clock.now());
    await call(
      (signal) =>
        condition['If-None-Match']
          ? createCalendarObject({
              calendar,
              filename: resourceName(uid),
              iCalString: text,
              fetch: davFetch,
              fetchOptions: { signal },
            })
          : updateObject({
              url: urlOf(uid),
              data: text,
              headers: { 'content-type': 'text/calendar; charset=utf-8', ...condition },
              fetch: davFetch,
              fetchOptions: { signal },
            }),
      { idempotent: true },
    );
    return { id: uid, start: start.toISOString(), end: end.toISOString() };
  }

  return {
    async listBusy(from, to) {
      const start = toCalendarDate(from, 'from').toISOString();
      const end = toCalendarDate(to, 'to').toISOString();
      const objects = await call(
        (signal) =>
          fetchCalendarObjects({
            calendar,
            timeRange: { start, end },
            expand: true,
            urlFilter: (url) => !url.endsWith('/'),
            fetch: davFetch,
            fetchOptions: { signal },
          }),
        { idempotent: true },
      );
      const parsed = calDavObjectsSchema.safeParse(objects);
      if (!parsed.success) {
        throw new CaioError('vendor_error', 'The CalDAV REPORT answer had objects without calendar data.', {
          retryable: false,
          details: { vendor: 'CalDAV', malformed: true },
        });
      }
      return parsed.data.flatMap((object) => parseCalDavEvents(object.data, context));
    },
    async createEvent(event) {
      const uid = event.id ?? randomUUID();
      try {
        return await put(event, uid, { 'If-None-Match': '*' });
      } catch (error) {
        if (hasErrorCode(error, 'conflict') && error.details.status === 412) throw new CalendarEventExistsError(uid);
        throw error;
      }
    },
    async updateEvent(event) {
      const head = await call((signal) => davFetch(urlOf(event.id), { method: 'HEAD', signal }), { idempotent: true });
      const etag = head.headers.get('etag');
      return put(event, event.id, etag ? { 'If-Match': etag } : {});
    },
    async deleteEvent(id) {
      try {
        await call((signal) => deleteObject({ url: urlOf(id), fetch: davFetch, fetchOptions: { signal } }), {
          idempotent: true,
        });
        return true;
      } catch (error) {
        if (hasErrorCode(error, 'not_found')) return false;
        throw error;
      }
    },
  };
}
