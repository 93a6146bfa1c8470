import { readFileSync } from 'node:fs';
import { startFakeVendorServer, type FakeVendorMode } from '../../http/__fixtures__/start-fake-vendor-server.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** One request as the fake received it. */
export interface FakeGoogleMeetRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

/** A running fake Meet REST API. */
export interface FakeGoogleMeetServer {
  /** Pass as the provider's `apiUrl` (trailing slash). */
  rootUrl: string;
  requests: FakeGoogleMeetRequest[];
  /** Spaces created so far, by name. */
  spaces: Map<string, Record<string, unknown>>;
  setMode(mode: FakeVendorMode | 'scope_missing', retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

/**
 * A URL-level fake of the Meet REST API v2 (STYLE.md §11): `POST /v2/spaces` needs `Authorization: Bearer
 * <token>` (else Google's 401 UNAUTHENTICATED body), takes an optional `config.accessType`
 * (OPEN/TRUSTED/RESTRICTED, else 400 INVALID_ARGUMENT) and answers `space.json` with a new name and
 * meeting code. Modes: `scope_missing` (403 insufficient scopes), 429 + Retry-After, 500, hang.
 */
export async function startFakeGoogleMeetServer(options: { token: string }): Promise<FakeGoogleMeetServer> {
  const requests: FakeGoogleMeetRequest[] = [];
  const spaces = new Map<string, Record<string, unknown>>();
  let created = 0;
  const fake = await startFakeVendorServer<FakeVendorMode | 'scope_missing'>(
    (incoming, reply, { mode, retryAfterSeconds }) => {
      const request: FakeGoogleMeetRequest = {
        method: incoming.method,
        path: incoming.url.pathname,
        authorization: incoming.headers.authorization,
        body: JSON.parse(incoming.rawBody || '{}') as Record<string, unknown>,
      };
      requests.push(request);
      const json = (status: number, body: unknown) => reply.send(status, JSON.stringify(body));
      if (request.authorization !== `Bearer ${options.token}`) return reply.send(401, fixture('error-401.json'));
      if (mode === 'hang') return reply.hang();
      if (mode === 'scope_missing') return reply.send(403, fixture('error-403-scopes.json'));
      if (mode === 'rate_limited') {
        return reply.send(429, fixture('error-429.json'), { 'retry-after': String(retryAfterSeconds) });
      }
      if (mode === 'server_error')
        return json(500, { error: { code: 500, message: 'Internal error encountered.', status: 'INTERNAL' } });
      if (request.method !== 'POST' || request.path !== '/v2/spaces') {
        return json(404, { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } });
      }
      const config = (request.body['config'] ?? {}) as Record<string, unknown>;
      const accessType = config['accessType'];
      if (accessType !== undefined && !['OPEN', 'TRUSTED', 'RESTRICTED'].includes(String(accessType))) {
        return json(400, {
          error: { code: 400, message: 'Invalid value at space.config.access_type', status: 'INVALID_ARGUMENT' },
        });
      }
      created += 1;
      const template = JSON.parse(fixture('space.json')) as Record<string, unknown> & {
        config: Record<string, unknown>;
      };
      // Meeting codes are letters only ([a-z]+-[a-z]+-[a-z]+): spell the counter in base 26.
      const meetingCode = `abc-mnop-${created.toString(26).replace(/./g, (digit) => String.fromCharCode(97 + parseInt(digit, 26)))}`;
      const space = {
        ...template,
        name: `spaces/fakeSpace${created}`,
        meetingCode,
        meetingUri: `https://meet.google.com/${meetingCode}`,
        config: { ...template.config, ...(accessType === undefined ? {} : { accessType }) },
      };
      spaces.set(space.name, space);
      return json(200, space);
    },
  );
  return { rootUrl: `${fake.baseUrl}/`, requests, spaces, setMode: fake.setMode, close: fake.close };
}
