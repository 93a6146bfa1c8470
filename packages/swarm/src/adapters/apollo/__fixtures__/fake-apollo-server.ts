import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** How the fake answers the next requests. */
export type FakeApolloMode = 'normal' | 'rate_limited' | 'server_error' | 'hang';

/** One request as the fake received it. */
export interface FakeApolloRequest {
  path: string;
  apiKey: string | undefined;
  body: Record<string, unknown>;
}

export interface FakeApolloServer {
  baseUrl: string;
  requests: FakeApolloRequest[];
  setMode(mode: FakeApolloMode, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

/**
 * A URL-level fake of Apollo People Match (STYLE.md §11) on 127.0.0.1 with an OS-chosen port.
 * Checks `x-api-key` (401 with Apollo's body when wrong), matches `knownEmails` to the found
 * fixture (others get `person: null`), and on request answers 429 + Retry-After, 503, or never.
 */
export async function startFakeApolloServer(options: {
  apiKey: string;
  knownEmails: readonly string[];
}): Promise<FakeApolloServer> {
  let mode: FakeApolloMode = 'normal';
  let retryAfterSeconds = 30;
  const requests: FakeApolloRequest[] = [];
  const hanging: ServerResponse[] = [];
  const send = (response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const apiKey = request.headers['x-api-key'];
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      requests.push({ path: request.url ?? '', apiKey: typeof apiKey === 'string' ? apiKey : undefined, body });
      if (request.url !== '/api/v1/people/match' || request.method !== 'POST')
        return send(response, 404, '{"error":"Not found"}');
      if (apiKey !== options.apiKey) return send(response, 401, fixture('error-401.json'));
      if (mode === 'hang') return void hanging.push(response);
      if (mode === 'rate_limited')
        return send(response, 429, fixture('error-429.json'), { 'retry-after': String(retryAfterSeconds) });
      if (mode === 'server_error') return send(response, 503, '{"error":"Service Unavailable"}');
      const known = typeof body['email'] === 'string' && options.knownEmails.includes(body['email']);
      send(response, 200, fixture(known ? 'people-match-found.json' : 'people-match-not-found.json'));
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
