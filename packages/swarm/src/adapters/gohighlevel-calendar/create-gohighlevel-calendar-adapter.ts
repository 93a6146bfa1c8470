import { CaioError, isCaioError } from '../../domain/errors.js';
import type {
  BusyEvent,
  CalendarAdapter,
  CalendarEventInput,
  CalendarInstant,
  CreatedCalendarEvent,
} from '../../ports/calendar-adapter.js';
import type { Clock } from '../../ports/clock.js';
import { goHighLevelApiVersions } from '../gohighlevel/gohighlevel-api-versions.js';
import { parseGoHighLevelResponse } from '../gohighlevel/parse-gohighlevel-response.js';
import { goHighLevelRequester, type GoHighLevelEndpoint } from '../gohighlevel/request-gohighlevel.js';
import type { GoHighLevelResilientCall } from '../gohighlevel/resilient-call-like.js';
import type { FetchLike } from '../http/create-json-http-client.js';
import { bookingIdInTitle, isMarkableBookingId, titleWithBookingMarker } from './gohighlevel-booking-marker.js';
import { GoHighLevelAppointmentExistsError } from './gohighlevel-calendar-exists-error.js';
import { goHighLevelAppointmentSchema, goHighLevelCalendarEventsSchema } from './gohighlevel-calendar-schemas.js';
import { toBusyEvent } from './to-busy-event.js';

/**
 * `Version` of every Calendars endpoint of API v2 (calendars/calendars.json in
 * github.com/GoHighLevel/highlevel-api-docs declares only `2021-04-15` for them).
 */
export const goHighLevelCalendarApiVersion = goHighLevelApiVersions.calendars;

/** Settings of {@link createGoHighLevelCalendarAdapter}; resolved by `config/`, never read from the environment here. */
export interface GoHighLevelCalendarAdapterSettings {
  /** Default `https://services.leadconnectorhq.com`. */
  baseUrl?: string;
  /** Private Integration token of the sub-account (env `GHL_API_TOKEN`), sent as `Authorization: Bearer`. */
  token: string;
  /** The sub-account ("location") id. */
  locationId: string;
  /** The calendar appointments are booked on. */
  calendarId: string;
  /**
   * The host's HighLevel user id. When set, busy data is read for the user (every calendar they are
   * assigned on) and new appointments are assigned to them; otherwise busy is read for `calendarId`.
   */
  userId?: string;
  /** Contact used when the event carries no `contactId` (HighLevel requires one per appointment). */
  defaultContactId?: string;
  /** Breaker → retry → timeout (RES-1..RES-3). Reads are retried; the create is attempted once. */
  resilientCall: GoHighLevelResilientCall;
  /** Default the global `fetch`. */
  fetch?: FetchLike;
  /** For HTTP-date `Retry-After` values. Default: the system clock. */
  clock?: Clock;
}

/** Changes {@link GoHighLevelCalendarAdapter.updateEvent} applies. */
export interface GoHighLevelAppointmentPatch {
  /** ISO-8601 instant. */
  start?: string;
  /** ISO-8601 instant (exclusive). */
  end?: string;
  title?: string;
}

/** The calendar port plus the update a reschedule needs. */
export interface GoHighLevelCalendarAdapter extends CalendarAdapter {
  /** `PUT /calendars/events/appointments/{id}`; resolves to the appointment's new times. */
  updateEvent(id: string, patch: GoHighLevelAppointmentPatch): Promise<CreatedCalendarEvent>;
}

type Endpoint = Omit<GoHighLevelEndpoint, 'version'>;

function epochMs(value: CalendarInstant, field: string): number {
  const milliseconds = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(milliseconds)) {
    throw new CaioError('input_invalid', `GoHighLevel calendar ${field} must be a Date, epoch ms or ISO-8601 instant.`);
  }
  return milliseconds;
}

function requireSetting(value: string | undefined, key: string): string {
  if (!value?.trim()) {
    throw new CaioError('config_invalid', `The GoHighLevel calendar needs ${key}; set it in the hosts configuration.`);
  }
  return value.trim();
}

/**
 * The GoHighLevel (HighLevel API v2 / LeadConnector) {@link CalendarAdapter} (SPEC §7): busy from
 * `GET /calendars/events` plus `GET /calendars/blocked-slots` (epoch-ms range, by user or calendar),
 * booking with `POST /calendars/events/appointments`, reschedule with `PUT
 * /calendars/events/appointments/{id}`, cancel with `DELETE /calendars/events/{id}`; `Version: 2021-04-15`
 * and Bearer auth on every call, errors mapped like the GoHighLevel email adapter (401/403 →
 * `permission_denied`, 429 → `rate_limited` with `retryAfterMs`, 5xx → retryable `vendor_error`).
 * HighLevel picks appointment ids itself, so the deterministic booking id rides in the title as
 * `[caio:<id>]`; a create whose marker is already in the slot rejects with code `ALREADY_EXISTS`
 * (specs/scheduling.md §6.7 step 5 — safe because the booking guard holds the host lock).
 *
 * @throws CaioError `config_invalid` for a blank token, location or calendar id.
 */
export function createGoHighLevelCalendarAdapter(
  settings: GoHighLevelCalendarAdapterSettings,
): GoHighLevelCalendarAdapter {
  const token = requireSetting(settings.token, 'GHL_API_TOKEN');
  const locationId = requireSetting(settings.locationId, 'locationId');
  const calendarId = requireSetting(settings.calendarId, 'calendarId');
  const userId = settings.userId?.trim() || undefined;
  const request = goHighLevelRequester({ ...settings, token });
  const send = (endpoint: Endpoint, signal: AbortSignal) =>
    request({ ...endpoint, version: goHighLevelCalendarApiVersion }, signal);
  const call = (endpoint: Endpoint, idempotent: boolean) =>
    settings.resilientCall((signal) => send(endpoint, signal), { idempotent });

  const readEvents = async (path: string, from: number, to: number, by: 'owner' | 'calendar') => {
    const owner = by === 'owner' && userId !== undefined ? { userId } : { calendarId };
    const body = await call(
      { method: 'GET', path, query: { locationId, ...owner, startTime: from, endTime: to } },
      true,
    );
    return parseGoHighLevelResponse(goHighLevelCalendarEventsSchema, body, `GET ${path}`).events;
  };

  return {
    async listBusy(from: CalendarInstant, to: CalendarInstant): Promise<BusyEvent[]> {
      const start = epochMs(from, 'from');
      const end = epochMs(to, 'to');
      const [appointments, blocked] = await Promise.all([
        readEvents('/calendars/events', start, end, 'owner'),
        readEvents('/calendars/blocked-slots', start, end, 'owner'),
      ]);
      return [...appointments, ...blocked].map((event) => {
        const busy = toBusyEvent(event);
        if (busy === undefined) {
          throw new CaioError('vendor_error', `GoHighLevel event ${event.id} has unreadable times (fail closed).`, {
            details: { malformed: true, vendor: 'GoHighLevel' },
          });
        }
        return busy;
      });
    },
    async createEvent(event: CalendarEventInput): Promise<CreatedCalendarEvent> {
      const start = epochMs(event.start, 'start');
      const end = epochMs(event.end, 'end');
      const contactId = typeof event['contactId'] === 'string' ? event['contactId'] : settings.defaultContactId;
      if (!contactId) {
        throw new CaioError(
          'input_invalid',
          'A GoHighLevel appointment needs a contact: pass contactId with the event or set defaultContactId.',
        );
      }
      const bookingId = event.id !== undefined && isMarkableBookingId(event.id) ? event.id : undefined;
      if (bookingId !== undefined) {
        const existing = (await readEvents('/calendars/events', start, end, 'calendar')).find(
          (candidate) =>
            bookingIdInTitle(candidate.title) === bookingId && toBusyEvent(candidate)?.status !== 'cancelled',
        );
        if (existing) throw new GoHighLevelAppointmentExistsError(bookingId, existing.id);
      }
      const title = event.title ?? 'Meeting';
      const videoLink = typeof event['videoLink'] === 'string' ? event['videoLink'] : undefined;
      const body = await call(
        {
          method: 'POST',
          path: '/calendars/events/appointments',
          body: {
            calendarId,
            locationId,
            contactId,
            startTime: new Date(start).toISOString(),
            endTime: new Date(end).toISOString(),
            title: bookingId === undefined ? title : titleWithBookingMarker(title, bookingId),
            appointmentStatus: 'confirmed',
            ...(userId === undefined ? {} : { assignedUserId: userId }),
            ...(videoLink === undefined ? {} : { address: videoLink }),
            // Our engine already validated the slot; HighLevel's own notice/range rules must not second-guess it.
            ignoreDateRange: true,
            ignoreFreeSlotValidation: true,
            toNotify: false,
          },
        },
        false,
      );
      const created = parseGoHighLevelResponse(
        goHighLevelAppointmentSchema,
        body,
        'POST /calendars/events/appointments',
      );
      return { id: created.id, start: new Date(start).toISOString(), end: new Date(end).toISOString() };
    },
    async deleteEvent(id: string): Promise<boolean> {
      return settings.resilientCall(
        async (signal) => {
          try {
            await send({ method: 'DELETE', path: `/calendars/events/${encodeURIComponent(id)}`, body: {} }, signal);
            return true;
          } catch (error) {
            // 404 is an answer ("no such event"), not a failure: it must not count against the breaker.
            if (isCaioError(error) && error.details['status'] === 404) return false;
            throw error;
          }
        },
        { idempotent: true },
      );
    },
    async updateEvent(id: string, patch: GoHighLevelAppointmentPatch): Promise<CreatedCalendarEvent> {
      const start = patch.start === undefined ? undefined : new Date(epochMs(patch.start, 'start')).toISOString();
      const end = patch.end === undefined ? undefined : new Date(epochMs(patch.end, 'end')).toISOString();
      const body = await call(
        {
          method: 'PUT',
          path: `/calendars/events/appointments/${encodeURIComponent(id)}`,
          body: {
            ...(start === undefined ? {} : { startTime: start }),
            ...(end === undefined ? {} : { endTime: end }),
            ...(patch.title === undefined ? {} : { title: patch.title }),
            ignoreDateRange: true,
            ignoreFreeSlotValidation: true,
            toNotify: false,
          },
        },
        true,
      );
      const updated = parseGoHighLevelResponse(
        goHighLevelAppointmentSchema,
        body,
        'PUT /calendars/events/appointments',
      );
      const isoOf = (time: string | number | undefined) =>
        time === undefined ? undefined : new Date(typeof time === 'number' ? time : Date.parse(time)).toISOString();
      return { id, start: start ?? isoOf(updated.startTime) ?? '', end: end ?? isoOf(updated.endTime) ?? '' };
    },
  };
}
