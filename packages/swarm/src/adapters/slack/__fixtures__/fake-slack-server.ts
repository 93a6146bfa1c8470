import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** How the fake answers the next requests. */
export type FakeSlackMode = 'normal' | 'rate_limited' | 'server_error' | 'internal_error' | 'hang';

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
  let mode: FakeSlackMode = 'normal';
  let retryAfterSeconds = 30;
  const requests: FakeSlackRequest[] = [];
  const hanging: ServerResponse[] = [];
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
  const send = (response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(body);
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const method = url.pathname.replace(/^\/api\//, '');
      const query = Object.fromEntries(url.searchParams);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
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
      if (!known) return send(response, 404, '{"ok":false,"error":"unknown_method"}');
      if (request.headers.authorization !== `Bearer ${options.token}`) {
        return send(response, 200, fixture('error-invalid-auth.json'));
      }
      if (mode === 'hang') return void hanging.push(response);
      if (mode === 'rate_limited') {
        return send(response, 429, fixture('error-ratelimited.json'), { 'retry-after': String(retryAfterSeconds) });
      }
      if (mode === 'server_error') return send(response, 503, '<html>Service Unavailable</html>');
      if (mode === 'internal_error') return send(response, 200, fixture('error-internal.json'));
      if (method === 'users.list')
        return send(response, 200, usersPage(query['cursor'], Number(query['limit'] ?? 200)));
      if (typeof body['channel'] !== 'string' || !options.channels.includes(body['channel'])) {
        return send(response, 200, fixture('error-channel-not-found.json'));
      }
      const answer = JSON.parse(
        fixture(method === 'chat.update' ? 'update-ok.json' : 'post-message-ok.json'),
      ) as Record<string, unknown>;
      const ts = method === 'chat.update' ? body['ts'] : `1767603600.${String(requests.length).padStart(6, '0')}`;
      send(response, 200, JSON.stringify({ ...answer, channel: body['channel'], ts }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    setMode: (next, seconds = 30) => {
      mode = next;
      retryAfterSeconds = seconds;
    },
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
