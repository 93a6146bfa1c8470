import { randomUUID } from 'node:crypto';
import { serverUrl } from './test-servers.js';

/** The Radicale CalDAV server `.ci/servers/radicale.sh` starts on 127.0.0.1, and its one test user. */
export interface RadicaleServer {
  /** Why the CalDAV tests skip on this machine (`CAIO_TEST_CALDAV_URL` unset), or null when Radicale is there. */
  readonly skipReason: string | null;
  /** The server root, ending in `/`; undefined when skipped. */
  readonly url: string | undefined;
  readonly user: string;
  readonly password: string;
}

/** Reads `CAIO_TEST_CALDAV_URL` and `CAIO_TEST_CALDAV_PASSWORD`; throws under `CAIO_TEST_SERVERS=1` when the URL is missing. */
export function radicaleServer(): RadicaleServer {
  const server = serverUrl('CAIO_TEST_CALDAV_URL');
  return {
    skipReason: server.skipReason,
    url: server.url,
    user: 'host@caio.test',
    password: process.env.CAIO_TEST_CALDAV_PASSWORD || 'caio-test-caldav-password',
  };
}

/** A new, not yet created calendar collection URL of the test user, unique per call (`<prefix>-<uuid>`). */
export function newCalendarUrl(server: RadicaleServer, prefix: string): string {
  return `${server.url ?? ''}${encodeURIComponent(server.user)}/${prefix}-${randomUUID()}/`;
}

/** One WebDAV request as the test user (HTTP Basic). */
export function davRequest(
  server: RadicaleServer,
  url: string,
  method: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  const authorization = `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}`;
  return fetch(url, { method, headers: { authorization, ...headers }, ...(body === undefined ? {} : { body }) });
}

/** Creates the calendar collection at `url` (RFC 4791 §5.3.1 MKCALENDAR); Radicale answers 201. */
export function makeCalendar(server: RadicaleServer, url: string, displayName: string): Promise<Response> {
  return davRequest(
    server,
    url,
    'MKCALENDAR',
    `<?xml version="1.0" encoding="utf-8"?><C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop><D:displayname>${displayName}</D:displayname></D:prop></D:set></C:mkcalendar>`,
    { 'content-type': 'application/xml; charset=utf-8' },
  );
}
