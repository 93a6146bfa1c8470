import { readFileSync } from 'node:fs';
import { startFakeVendorServer, type FakeVendorMode } from '../../http/__fixtures__/start-fake-vendor-server.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** How the fake answers the next requests. */
export type FakeApolloMode = FakeVendorMode;

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
  const requests: FakeApolloRequest[] = [];
  const fake = await startFakeVendorServer<FakeApolloMode>((request, reply, { mode, retryAfterSeconds }) => {
    const apiKey = request.headers['x-api-key'];
    const body = JSON.parse(request.rawBody || '{}') as Record<string, unknown>;
    const path = request.url.pathname + request.url.search;
    requests.push({ path, apiKey: typeof apiKey === 'string' ? apiKey : undefined, body });
    if (path !== '/api/v1/people/match' || request.method !== 'POST') return reply.send(404, '{"error":"Not found"}');
    if (apiKey !== options.apiKey) return reply.send(401, fixture('error-401.json'));
    if (mode === 'hang') return reply.hang();
    if (mode === 'rate_limited')
      return reply.send(429, fixture('error-429.json'), { 'retry-after': String(retryAfterSeconds) });
    if (mode === 'server_error') return reply.send(503, '{"error":"Service Unavailable"}');
    const known = typeof body['email'] === 'string' && options.knownEmails.includes(body['email']);
    reply.send(200, fixture(known ? 'people-match-found.json' : 'people-match-not-found.json'));
  });
  return { baseUrl: fake.baseUrl, requests, setMode: fake.setMode, close: fake.close };
}
