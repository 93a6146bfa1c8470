import { readFileSync } from 'node:fs';
import { startFakeVendorServer, type FakeVendorMode } from '../../http/__fixtures__/start-fake-vendor-server.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** A stored appointment or blocked slot, as HighLevel's events list returns it (times ISO with offset). */
export interface FakeGoHighLevelEvent {
  id: string;
  calendarId: string;
  assignedUserId?: string;
  title: string;
  startTime: string;
  endTime: string;
  appointmentStatus?: string;
  contactId?: string;
  address?: string;
  deleted?: boolean;
  /** Kept apart: listed by `/calendars/blocked-slots`, not `/calendars/events`. */
  blocked?: boolean;
}

/** One request as the fake received it. */
export interface FakeGoHighLevelCalendarRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  version: string | undefined;
  body: Record<string, unknown>;
}

/** A running fake. */
export interface FakeGoHighLevelCalendarServer {
  baseUrl: string;
  requests: FakeGoHighLevelCalendarRequest[];
  events: Map<string, FakeGoHighLevelEvent>;
  setMode(mode: FakeVendorMode, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

const json = (status: number, body: unknown) => ({ status, body: JSON.stringify(body) });

/**
 * A URL-level fake of HighLevel API v2 Calendars (STYLE.md §11): `GET /calendars/events` and
 * `GET /calendars/blocked-slots` (`locationId` plus one of `userId`/`calendarId`/`groupId`, epoch-ms
 * `startTime`/`endTime`, overlap filter), `POST /calendars/events/appointments` (calendarId, locationId,
 * contactId, startTime required → 422 otherwise), `PUT /calendars/events/appointments/{id}` and
 * `DELETE /calendars/events/{id}` (`{ succeded: true }`, the spec's spelling). Like HighLevel it answers
 * 401 for a wrong Bearer token, 401 without `Version` or with a value other than `2021-04-15` (the only
 * one calendars.json declares), 403 for another location. Modes: 429 + Retry-After, 500, hang.
 */
export async function startFakeGoHighLevelCalendarServer(options: {
  token: string;
  locationId: string;
  events?: readonly FakeGoHighLevelEvent[];
}): Promise<FakeGoHighLevelCalendarServer> {
  const requests: FakeGoHighLevelCalendarRequest[] = [];
  const events = new Map((options.events ?? []).map((event) => [event.id, { ...event }]));
  let generated = 0;
  const route = (request: FakeGoHighLevelCalendarRequest): { status: number; body: string } => {
    const { method, path, query, body } = request;
    const location = body['locationId'] ?? query['locationId'];
    if (location !== undefined && location !== options.locationId) {
      return json(403, { statusCode: 403, message: 'The token does not have access to this location.' });
    }
    if (method === 'GET' && (path === '/calendars/events' || path === '/calendars/blocked-slots')) {
      const owner = query['userId'] ?? query['calendarId'] ?? query['groupId'];
      const from = Number(query['startTime']);
      const to = Number(query['endTime']);
      if (!location || !owner || !Number.isFinite(from) || !Number.isFinite(to)) {
        return json(422, {
          statusCode: 422,
          message: ['locationId, startTime, endTime and one of userId, calendarId or groupId are required'],
          error: 'Unprocessable Entity',
        });
      }
      const listed = [...events.values()].filter(
        (event) =>
          (event.blocked === true) === (path === '/calendars/blocked-slots') &&
          (query['userId'] ? event.assignedUserId === query['userId'] : event.calendarId === query['calendarId']) &&
          Date.parse(event.startTime) < to &&
          Date.parse(event.endTime) > from,
      );
      return json(200, {
        events: listed.map(({ blocked: _blocked, ...event }) => ({ ...event, locationId: options.locationId })),
      });
    }
    if (method === 'POST' && path === '/calendars/events/appointments') {
      const missing = ['calendarId', 'locationId', 'contactId', 'startTime'].filter(
        (key) => typeof body[key] !== 'string',
      );
      if (missing.length > 0) {
        return json(422, {
          statusCode: 422,
          message: missing.map((key) => `${key} should not be empty`),
          error: 'Unprocessable Entity',
        });
      }
      generated += 1;
      const template = JSON.parse(fixture('appointment.json')) as Record<string, unknown>;
      const stored: FakeGoHighLevelEvent = {
        id: `appt${String(generated).padStart(16, '0')}`,
        calendarId: String(body['calendarId']),
        title: typeof body['title'] === 'string' ? body['title'] : 'Appointment',
        startTime: String(body['startTime']),
        endTime: String(body['endTime'] ?? body['startTime']),
        appointmentStatus: typeof body['appointmentStatus'] === 'string' ? body['appointmentStatus'] : 'new',
        contactId: String(body['contactId']),
        ...(typeof body['assignedUserId'] === 'string' ? { assignedUserId: body['assignedUserId'] } : {}),
        ...(typeof body['address'] === 'string' ? { address: body['address'] } : {}),
      };
      events.set(stored.id, stored);
      return json(201, { ...template, ...stored, locationId: options.locationId });
    }
    const update = /^\/calendars\/events\/appointments\/([^/]+)$/.exec(path);
    if (method === 'PUT' && update?.[1]) {
      const event = events.get(update[1]);
      if (!event) return json(404, { statusCode: 404, message: 'Appointment not found' });
      for (const key of ['startTime', 'endTime', 'title', 'appointmentStatus'] as const) {
        if (typeof body[key] === 'string') event[key] = body[key];
      }
      return json(200, { ...event, locationId: options.locationId });
    }
    const remove = /^\/calendars\/events\/([^/]+)$/.exec(path);
    if (method === 'DELETE' && remove?.[1]) {
      if (!events.delete(remove[1])) return json(404, { statusCode: 404, message: 'Event not found' });
      return json(200, { succeded: true });
    }
    return json(404, { statusCode: 404, message: `Cannot ${method} ${path}`, error: 'Not Found' });
  };
  const fake = await startFakeVendorServer((incoming, reply, { mode, retryAfterSeconds }) => {
    const version = incoming.headers['version'];
    const request: FakeGoHighLevelCalendarRequest = {
      method: incoming.method,
      path: incoming.url.pathname,
      query: Object.fromEntries(incoming.url.searchParams),
      authorization: incoming.headers.authorization,
      version: typeof version === 'string' ? version : undefined,
      body: JSON.parse(incoming.rawBody || '{}') as Record<string, unknown>,
    };
    requests.push(request);
    if (request.authorization !== `Bearer ${options.token}`) return reply.send(401, fixture('error-401.json'));
    if (request.version === undefined) return reply.send(401, fixture('error-401-version.json'));
    if (request.version !== '2021-04-15') return reply.send(401, fixture('error-401-version-invalid.json'));
    if (mode === 'hang') return reply.hang();
    if (mode === 'rate_limited') {
      return reply.send(429, fixture('error-429.json'), {
        'retry-after': String(retryAfterSeconds),
        'x-ratelimit-remaining': '0',
        'x-ratelimit-interval-milliseconds': '10000',
      });
    }
    if (mode === 'server_error') return reply.send(500, '{"statusCode":500,"message":"Internal server error"}');
    const answer = route(request);
    reply.send(answer.status, answer.body);
  });
  return { baseUrl: fake.baseUrl, requests, events, setMode: fake.setMode, close: fake.close };
}
