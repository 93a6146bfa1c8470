import { readFileSync } from 'node:fs';
import { startFakeVendorServer, type FakeVendorMode } from '../../http/__fixtures__/start-fake-vendor-server.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** A stored Google `Event` resource (JSON as the API returns it). */
export type FakeGoogleEvent = Record<string, unknown> & { id: string; status?: string };

/** One request as the fake received it. */
export interface FakeGoogleCalendarRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

/** A running fake Google Calendar API. */
export interface FakeGoogleCalendarServer {
  /** Pass as the adapter's `rootUrl`. */
  rootUrl: string;
  requests: FakeGoogleCalendarRequest[];
  /** Events by id, deleted ones kept with `status: 'cancelled'` like Google does. */
  events: Map<string, FakeGoogleEvent>;
  setMode(mode: FakeVendorMode, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

const googleEventIdPattern = /^[a-v0-9]{5,1024}$/;
const base = '/calendar/v3/calendars/';

function instantOf(time: unknown): number {
  if (typeof time !== 'object' || time === null) return Number.NaN;
  const { dateTime, date } = time as { dateTime?: string; date?: string };
  return Date.parse(dateTime ?? `${date ?? ''}T00:00:00Z`);
}

/**
 * A URL-level fake of Google Calendar API v3 (STYLE.md §11) for one calendar: `events.list` (overlap with
 * `timeMin`/`timeMax`, `maxResults` + `nextPageToken` pagination, deleted events hidden unless
 * `showDeleted`), `events.insert` (client ids checked against base32hex 5–1024, duplicate → 409 — also for
 * an id whose event was deleted, as Google keeps it), `events.patch` and `events.delete` (404 unknown, 410
 * already deleted). Every call needs `Authorization: Bearer <token>`, else Google's documented 401 body.
 * Modes: 429 + Retry-After with Google's rate-limit body, 500, hang. Error bodies: `error-*.json`.
 */
export async function startFakeGoogleCalendarServer(options: {
  token: string;
  calendarId?: string;
  events?: readonly FakeGoogleEvent[];
}): Promise<FakeGoogleCalendarServer> {
  const calendarId = options.calendarId ?? 'primary';
  const requests: FakeGoogleCalendarRequest[] = [];
  const events = new Map<string, FakeGoogleEvent>((options.events ?? []).map((event) => [event.id, { ...event }]));
  let generated = 0;
  const fake = await startFakeVendorServer((incoming, reply, { mode, retryAfterSeconds }) => {
    const request: FakeGoogleCalendarRequest = {
      method: incoming.method,
      path: incoming.url.pathname,
      query: Object.fromEntries(incoming.url.searchParams),
      authorization: incoming.headers.authorization,
      body: JSON.parse(incoming.rawBody || '{}') as Record<string, unknown>,
    };
    requests.push(request);
    const json = (status: number, body: unknown) => reply.send(status, JSON.stringify(body));
    if (request.authorization !== `Bearer ${options.token}`) return reply.send(401, fixture('error-401.json'));
    if (mode === 'hang') return reply.hang();
    if (mode === 'rate_limited') {
      return reply.send(429, fixture('error-429.json'), { 'retry-after': String(retryAfterSeconds) });
    }
    if (mode === 'server_error') return json(500, { error: { code: 500, message: 'Backend Error' } });
    const prefix = `${base}${encodeURIComponent(calendarId)}/events`;
    if (!request.path.startsWith(prefix)) return reply.send(404, fixture('error-404.json'));
    const eventId = decodeURIComponent(request.path.slice(prefix.length + 1));
    const template = JSON.parse(fixture('event.json')) as Record<string, unknown>;

    if (request.method === 'GET' && eventId === '') {
      const from = Date.parse(request.query['timeMin'] ?? '');
      const to = Date.parse(request.query['timeMax'] ?? '');
      const showDeleted = request.query['showDeleted'] === 'true';
      const matching = [...events.values()]
        .filter((event) => showDeleted || event.status !== 'cancelled')
        .filter((event) => !(instantOf(event['end']) <= from) && !(instantOf(event['start']) >= to))
        .sort((left, right) => instantOf(left['start']) - instantOf(right['start']));
      const size = Math.min(Number(request.query['maxResults'] ?? 250), 2500);
      const offset = Number(request.query['pageToken'] ?? 0);
      const items = matching.slice(offset, offset + size);
      const next = offset + size < matching.length ? { nextPageToken: String(offset + size) } : {};
      return json(200, { kind: 'calendar#events', summary: calendarId, items, ...next });
    }
    if (request.method === 'POST' && eventId === '') {
      const id = typeof request.body['id'] === 'string' ? request.body['id'] : undefined;
      if (id !== undefined && !googleEventIdPattern.test(id))
        return reply.send(400, fixture('error-400-invalid-id.json'));
      if (id !== undefined && events.has(id)) return reply.send(409, fixture('error-409-duplicate.json'));
      generated += 1;
      const stored: FakeGoogleEvent = { ...template, ...request.body, id: id ?? `generated${generated}` };
      events.set(stored.id, stored);
      return json(200, stored);
    }
    const existing = events.get(eventId);
    if (!existing) return reply.send(404, fixture('error-404.json'));
    if (request.method === 'DELETE') {
      if (existing.status === 'cancelled') return reply.send(410, fixture('error-410-deleted.json'));
      existing.status = 'cancelled';
      return reply.send(204, '');
    }
    if (request.method === 'PATCH') {
      Object.assign(existing, request.body);
      return json(200, existing);
    }
    return json(200, existing);
  });
  return { rootUrl: `${fake.baseUrl}/`, requests, events, setMode: fake.setMode, close: fake.close };
}
