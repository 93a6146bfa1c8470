import { readFileSync } from 'node:fs';
import { startFakeVendorServer, type FakeVendorMode } from '../../http/__fixtures__/start-fake-vendor-server.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** How the fake answers the next requests. */
export type FakeSlackMode = FakeVendorMode<'internal_error'>;

/** One request as the fake received it. */
export interface FakeSlackRequest {
  method: string;
  query: Record<string, string>;
  authorization: string | undefined;
  contentType: string | undefined;
  body: Record<string, unknown>;
}

export interface FakeSlackServer {
  baseUrl: string;
  requests: FakeSlackRequest[];
  setMode(mode: FakeSlackMode, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

/**
 * A URL-level fake of the Slack Web API (STYLE.md §11) on 127.0.0.1 with an OS-chosen port.
 * `POST /api/chat.postMessage` and `/api/chat.update`: checks `Authorization: Bearer <token>`
 * (HTTP 200 `invalid_auth` when wrong, as Slack does), answers `channel_not_found` for channels
 * not in `channels`, and on request 429 + Retry-After, 503, `ok: false internal_error`, or never.
 * `GET /api/users.list` pages through `users-list-members.json` with an opaque cursor.
 */
export async function startFakeSlackServer(options: {
  token: string;
  channels: readonly string[];
  /** Members per `users.list` page (default: the request's `limit`); small values force pagination. */
  pageSize?: number;
}): Promise<FakeSlackServer> {
  const requests: FakeSlackRequest[] = [];
  // Paginates the member fixture like Slack: an opaque cursor, empty `next_cursor` on the last page.
  const usersPage = (cursor: string | undefined, limit: number): string => {
    const members = JSON.parse(fixture('users-list-members.json')) as unknown[];
    const start = cursor ? Number(Buffer.from(cursor, 'base64').toString('utf8').replace('offset:', '')) : 0;
    const end = start + Math.max(1, Math.min(options.pageSize ?? limit, limit));
    const next = end < members.length ? Buffer.from(`offset:${end}`).toString('base64') : '';
    return JSON.stringify({
      ok: true,
      members: members.slice(start, end),
      cache_ts: 1767603600,
      response_metadata: { next_cursor: next },
    });
  };
  const fake = await startFakeVendorServer<FakeSlackMode>(
    (request, reply, { mode, retryAfterSeconds }) => {
      const method = request.url.pathname.replace(/^\/api\//, '');
      const query = Object.fromEntries(request.url.searchParams);
      const body = JSON.parse(request.rawBody || '{}') as Record<string, unknown>;
      requests.push({
        method,
        query,
        authorization: request.headers.authorization,
        contentType: request.headers['content-type'],
        body,
      });
      const known =
        (request.method === 'POST' && ['chat.postMessage', 'chat.update'].includes(method)) ||
        (request.method === 'GET' && method === 'users.list');
      if (!known) return reply.send(404, '{"ok":false,"error":"unknown_method"}');
      if (request.headers.authorization !== `Bearer ${options.token}`)
        return reply.send(200, fixture('error-invalid-auth.json'));
      if (mode === 'hang') return reply.hang();
      if (mode === 'rate_limited') {
        return reply.send(429, fixture('error-ratelimited.json'), { 'retry-after': String(retryAfterSeconds) });
      }
      if (mode === 'server_error') return reply.send(503, '<html>Service Unavailable</html>');
      if (mode === 'internal_error') return reply.send(200, fixture('error-internal.json'));
      if (method === 'users.list') return reply.send(200, usersPage(query['cursor'], Number(query['limit'] ?? 200)));
      if (typeof body['channel'] !== 'string' || !options.channels.includes(body['channel'])) {
        return reply.send(200, fixture('error-channel-not-found.json'));
      }
      const answer = JSON.parse(
        fixture(method === 'chat.update' ? 'update-ok.json' : 'post-message-ok.json'),
      ) as Record<string, unknown>;
      const ts = method === 'chat.update' ? body['ts'] : `1767603600.${String(requests.length).padStart(6, '0')}`;
      reply.send(200, JSON.stringify({ ...answer, channel: body['channel'], ts }));
    },
    { contentType: 'application/json; charset=utf-8' },
  );
  return { baseUrl: fake.baseUrl, requests, setMode: fake.setMode, close: fake.close };
}
