import { readFileSync } from 'node:fs';
import { startFakeVendorServer, type FakeVendorMode } from '../../http/__fixtures__/start-fake-vendor-server.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** One request as the fake received it. */
export interface FakeZoomRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  rawBody: string;
}

/** A meeting the fake holds (the created body merged into `meeting-created.json`). */
export type FakeZoomMeeting = Record<string, unknown> & { id: number; join_url: string };

/** A running fake Zoom (OAuth and REST on one origin). */
export interface FakeZoomServer {
  /** Pass as both `oauthUrl` and `apiUrl` (trailing slash). */
  rootUrl: string;
  requests: FakeZoomRequest[];
  /** Live meetings by id. */
  meetings: Map<number, FakeZoomMeeting>;
  /** Access tokens issued so far. */
  tokensIssued(): number;
  /** Meeting creations answered 201 so far. */
  meetingsCreated(): number;
  /** Makes every issued token invalid (as when the app is deactivated or the token revoked). */
  revokeTokens(): void;
  /** Answer 429 with this `Retry-After` value (seconds or an instant) on REST calls while mode is rate_limited. */
  setRetryAfterValue(value: string | undefined): void;
  setMode(mode: FakeVendorMode, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

/**
 * A URL-level fake of Zoom (STYLE.md §11). `POST /oauth/token` checks HTTP Basic `clientId:clientSecret`
 * and the form body `grant_type=account_credentials&account_id=<accountId>` (401 `invalid_client` / 400
 * otherwise) and issues `token.json` with a fresh token. REST calls need `Authorization: Bearer <issued
 * token>`, else 401 code 124. `POST /v2/users/{me|userId}/meetings` validates a scheduled meeting body
 * (type 2, `start_time` `yyyy-MM-ddTHH:mm:ssZ`, whole `duration` minutes, `topic` ≤ 200) and answers 201
 * with `meeting-created.json` merged with the body and a new id; an unknown user is 404 code 1001.
 * `DELETE /v2/meetings/{id}` answers 204, or 404 code 3001. Modes (REST only): 429 + Retry-After, 500, hang.
 */
export async function startFakeZoomServer(options: {
  accountId: string;
  clientId: string;
  clientSecret: string;
  /** Users that exist besides `me`. */
  userIds?: readonly string[];
}): Promise<FakeZoomServer> {
  const requests: FakeZoomRequest[] = [];
  const meetings = new Map<number, FakeZoomMeeting>();
  const validTokens = new Set<string>();
  const users = new Set(['me', ...(options.userIds ?? [])]);
  const basic = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`;
  let issued = 0;
  let created = 0;
  let retryAfterValue: string | undefined;
  const fake = await startFakeVendorServer((incoming, reply, { mode, retryAfterSeconds }) => {
    const request: FakeZoomRequest = {
      method: incoming.method,
      path: incoming.url.pathname,
      authorization: incoming.headers.authorization,
      contentType: incoming.headers['content-type'],
      rawBody: incoming.rawBody,
    };
    requests.push(request);
    const json = (status: number, body: unknown) => reply.send(status, JSON.stringify(body));

    if (request.path === '/oauth/token' && request.method === 'POST') {
      if (request.authorization !== basic) return reply.send(401, fixture('oauth-error-invalid-client.json'));
      const form = new URLSearchParams(request.rawBody);
      if (form.get('grant_type') !== 'account_credentials') {
        return json(400, { reason: 'Unsupported grant type', error: 'unsupported_grant_type' });
      }
      if (form.get('account_id') !== options.accountId) {
        return json(400, { reason: 'Invalid account_id', error: 'invalid_request' });
      }
      issued += 1;
      const token = `fake-zoom-token-${issued}`;
      validTokens.add(token);
      return json(200, { ...(JSON.parse(fixture('token.json')) as object), access_token: token });
    }

    const bearer = request.authorization?.startsWith('Bearer ') ? request.authorization.slice(7) : '';
    if (!validTokens.has(bearer)) return reply.send(401, fixture('error-401-invalid-token.json'));
    if (mode === 'hang') return reply.hang();
    if (mode === 'rate_limited') {
      return reply.send(429, fixture('error-429-daily-limit.json'), {
        'retry-after': retryAfterValue ?? String(retryAfterSeconds),
        'x-ratelimit-category': 'Light',
        'x-ratelimit-type': 'Daily-limit',
      });
    }
    if (mode === 'server_error') return json(500, { code: 500, message: 'Internal server error.' });

    const create = /^\/v2\/users\/([^/]+)\/meetings$/.exec(request.path);
    if (create && request.method === 'POST') {
      if (!users.has(decodeURIComponent(create[1] ?? ''))) return reply.send(404, fixture('error-404-user.json'));
      const body = JSON.parse(request.rawBody || '{}') as Record<string, unknown>;
      const valid =
        body['type'] === 2 &&
        typeof body['start_time'] === 'string' &&
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(body['start_time']) &&
        Number.isInteger(body['duration']) &&
        (body['duration'] as number) > 0 &&
        typeof body['topic'] === 'string' &&
        body['topic'].length <= 200;
      if (!valid) return json(400, { code: 300, message: 'Validation Failed.' });
      created += 1;
      const id = 85_746_065_432 + created;
      const meeting: FakeZoomMeeting = {
        ...(JSON.parse(fixture('meeting-created.json')) as Record<string, unknown>),
        ...body,
        id,
        join_url: `https://example.zoom.us/j/${id}?pwd=fake${created}`,
      };
      meetings.set(id, meeting);
      return json(201, meeting);
    }
    const remove = /^\/v2\/meetings\/(\d+)$/.exec(request.path);
    if (remove && request.method === 'DELETE') {
      const id = Number(remove[1]);
      if (!meetings.delete(id)) return reply.send(404, fixture('error-404-meeting.json'));
      return reply.send(204, '');
    }
    return json(404, { code: 404, message: 'Not found.' });
  });
  return {
    rootUrl: `${fake.baseUrl}/`,
    requests,
    meetings,
    tokensIssued: () => issued,
    meetingsCreated: () => created,
    revokeTokens: () => validTokens.clear(),
    setRetryAfterValue: (value) => {
      retryAfterValue = value;
    },
    setMode: fake.setMode,
    close: fake.close,
  };
}
