import { calendar } from '@googleapis/calendar';
import { CaioError } from '../../domain/errors.js';
import type {
  BusyEvent,
  CalendarAdapter,
  CalendarEventInput,
  CalendarInstant,
  CreatedCalendarEvent,
} from '../../ports/calendar-adapter.js';
import type { Clock } from '../../ports/clock.js';
import { googleCalendarEventId } from './google-calendar-event-id.js';
import {
  GoogleCalendarEventExistsError,
  googleCalendarError,
  googleErrorStatus,
} from './google-calendar-error-mapper.js';
import { listGoogleBusy, type GoogleCalendarRunner } from './list-google-busy.js';
import type { GoogleCalendarResilientCall } from './resilient-call-like.js';

/** Settings of {@link createGoogleCalendarAdapter}; resolved by `config/`, never read from the environment here. */
export interface GoogleCalendarAdapterSettings {
  /** Calendar to read and write; default `primary` (the token owner's main calendar). */
  calendarId?: string;
  /**
   * The OAuth 2.0 access token (scope `https://www.googleapis.com/auth/calendar.events`), asked for before
   * every request so a refreshing provider can hand out a fresh one. Sent as `Authorization: Bearer`.
   */
  accessToken: () => string | Promise<string>;
  /** Breaker → retry → timeout for every call (RES-1..RES-3), e.g. `createResilientCall({ breaker, timeoutMs: 5_000 })`. */
  resilientCall: GoogleCalendarResilientCall;
  /** API root; default `https://www.googleapis.com/`. Point it at the fake in tests. */
  rootUrl?: string;
  /** Page size of `events.list` (Google allows up to 2 500; default 250). */
  pageSize?: number;
  /** For HTTP-date `Retry-After` values. Default: the system clock. */
  clock?: Clock;
}

/** Changes {@link GoogleCalendarAdapter.updateEvent} applies (a reschedule or a new title). */
export interface GoogleCalendarEventPatch {
  /** ISO-8601 instant. */
  start?: string;
  /** ISO-8601 instant (exclusive). */
  end?: string;
  title?: string;
  description?: string;
}

/** The calendar port plus the update a reschedule needs. */
export interface GoogleCalendarAdapter extends CalendarAdapter {
  /**
   * Patches an event (`events.patch`, `sendUpdates=none`: our own ICS invite informs attendees).
   * @throws CaioError `vendor_error` (404 when the event does not exist) and the mapped errors.
   */
  updateEvent(id: string, patch: GoogleCalendarEventPatch): Promise<CreatedCalendarEvent>;
}

function toIso(value: CalendarInstant, field: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new CaioError('input_invalid', `Google Calendar ${field} must be a Date, epoch ms or ISO-8601 instant.`);
  }
  return date.toISOString();
}

function descriptionOf(event: CalendarEventInput): string | undefined {
  const parts = [event['description'], event['videoLink']].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

/**
 * The Google Calendar {@link CalendarAdapter} (SPEC §7, specs/scheduling.md §6.3/§6.7) on
 * `@googleapis/calendar` v3: busy from `events.list` with `singleEvents=true` and `nextPageToken`
 * pagination; `createEvent` inserts with a deterministic id (the given `id` when it is valid base32hex,
 * else derived from it or from `idempotencyKey`) so a retried insert answers 409, surfaced as a rejection
 * with code `ALREADY_EXISTS`; `deleteEvent` resolves `false` for 404/410. googleapis' own retry is off:
 * retries, timeouts and the breaker belong to `resilientCall`.
 *
 * @throws CaioError `config_invalid` for a blank calendar id. Calls reject with `permission_denied`
 *   (401/403), `rate_limited` (429 or a 403 quota reason, `retryAfterMs`), `vendor_error`, `timeout`.
 * @example
 * const google = createGoogleCalendarAdapter({ accessToken: () => token, resilientCall });
 * const busy = await google.listBusy('2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z');
 */
export function createGoogleCalendarAdapter(settings: GoogleCalendarAdapterSettings): GoogleCalendarAdapter {
  const calendarId = (settings.calendarId ?? 'primary').trim();
  if (calendarId === '') {
    throw new CaioError(
      'config_invalid',
      'Google Calendar needs a calendar id; set calendar.calendarId or leave it out for "primary".',
    );
  }
  const clock = settings.clock ?? { now: () => new Date() };
  const api = calendar({ version: 'v3', rootUrl: settings.rootUrl ?? 'https://www.googleapis.com/', retry: false });
  const run: GoogleCalendarRunner = (operation, idempotent) =>
    settings.resilientCall(
      async (signal) => {
        const token = await settings.accessToken();
        try {
          return await operation({ headers: { authorization: `Bearer ${token}` }, signal });
        } catch (error) {
          throw googleCalendarError(error, signal, clock.now().getTime());
        }
      },
      { idempotent },
    );
  // 409/404/410 are answers, not failures: they are returned as values so the breaker and retry never see them.
  const answerOrStatus = async <T>(request: () => Promise<T>, expected: number[]): Promise<T | number> => {
    try {
      return await request();
    } catch (error) {
      const status = googleErrorStatus(error);
      if (status !== undefined && expected.includes(status)) return status;
      throw error;
    }
  };

  return {
    async listBusy(from: CalendarInstant, to: CalendarInstant): Promise<BusyEvent[]> {
      return listGoogleBusy({
        api,
        run,
        calendarId,
        timeMin: toIso(from, 'from'),
        timeMax: toIso(to, 'to'),
        pageSize: settings.pageSize ?? 250,
      });
    },
    async createEvent(event: CalendarEventInput): Promise<CreatedCalendarEvent> {
      const key = event.id ?? (typeof event['idempotencyKey'] === 'string' ? event['idempotencyKey'] : undefined);
      const id = key === undefined ? undefined : googleCalendarEventId(key);
      const start = toIso(event.start, 'start');
      const end = toIso(event.end, 'end');
      const description = descriptionOf(event);
      const videoLink = typeof event['videoLink'] === 'string' ? event['videoLink'] : undefined;
      const answer = await run(
        (options) =>
          answerOrStatus(
            async () =>
              (
                await api.events.insert(
                  {
                    calendarId,
                    sendUpdates: 'none',
                    requestBody: {
                      ...(id === undefined ? {} : { id }),
                      summary: event.title ?? 'Meeting',
                      start: { dateTime: start },
                      end: { dateTime: end },
                      transparency: 'opaque',
                      ...(description === undefined ? {} : { description }),
                      ...(videoLink === undefined ? {} : { location: videoLink }),
                    },
                  },
                  options,
                )
              ).data,
            [409],
          ),
        // Safe to retry only with a client-chosen id: a repeat then answers 409 instead of duplicating.
        id !== undefined,
      );
      if (answer === 409) throw new GoogleCalendarEventExistsError(id ?? 'unknown');
      if (typeof answer === 'number' || typeof answer.id !== 'string') {
        throw new CaioError('vendor_error', 'Google Calendar created an event but returned no id.', {
          details: { malformed: true, vendor: 'Google Calendar' },
        });
      }
      return { id: answer.id, start, end };
    },
    async deleteEvent(id: string): Promise<boolean> {
      const answer = await run(
        (options) =>
          answerOrStatus(async () => {
            await api.events.delete({ calendarId, eventId: id, sendUpdates: 'none' }, options);
            return true;
          }, [404, 410]),
        true,
      );
      return answer === true;
    },
    async updateEvent(id: string, patch: GoogleCalendarEventPatch): Promise<CreatedCalendarEvent> {
      const data = await run(
        async (options) =>
          (
            await api.events.patch(
              {
                calendarId,
                eventId: id,
                sendUpdates: 'none',
                requestBody: {
                  ...(patch.start === undefined ? {} : { start: { dateTime: toIso(patch.start, 'start') } }),
                  ...(patch.end === undefined ? {} : { end: { dateTime: toIso(patch.end, 'end') } }),
                  ...(patch.title === undefined ? {} : { summary: patch.title }),
                  ...(patch.description === undefined ? {} : { description: patch.description }),
                },
              },
              options,
            )
          ).data,
        true,
      );
      const start = data.start?.dateTime;
      const end = data.end?.dateTime;
      if (typeof start !== 'string' || typeof end !== 'string') {
        throw new CaioError(
          'vendor_error',
          `Google Calendar returned event ${id} without start/end after the update.`,
          {
            details: { malformed: true, vendor: 'Google Calendar' },
          },
        );
      }
      return { id, start: new Date(start).toISOString(), end: new Date(end).toISOString() };
    },
  };
}
