import { describe, expect, it } from 'vitest';
import { createApiClient, withQuery } from './api-client.js';
import { ApiError } from './api-error.js';

interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

function fakeFetch(answer: () => Response | Promise<Response>) {
  const calls: RecordedCall[] = [];
  const fetchFunction = async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: typeof init?.body === 'string' ? init.body : undefined,
    });
    return answer();
  };
  return { calls, fetch: fetchFunction as typeof fetch };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('createApiClient (SPEC §14 API contract)', () => {
  it('sends the token only in the Authorization: Bearer header, never in the URL', async () => {
    const fake = fakeFetch(() => json(200, { items: [], nextCursor: null }));
    const client = createApiClient({
      baseUrl: 'http://127.0.0.1:9',
      getToken: () => 'secret-token',
      fetch: fake.fetch,
    });
    await client.listApprovals({ status: 'pending', tier: 'tier_1' });
    const [call] = fake.calls;
    expect(call?.headers.Authorization).toBe('Bearer secret-token');
    expect(call?.url).toBe('http://127.0.0.1:9/api/approvals?status=pending&tier=tier_1');
    expect(call?.url).not.toContain('secret-token');
  });

  it('sends no Authorization header when no token is known', async () => {
    const fake = fakeFetch(() => json(200, { status: 'ok', emergencyStop: false }));
    const client = createApiClient({ baseUrl: '', getToken: () => null, fetch: fake.fetch });
    await client.health();
    expect(fake.calls[0]?.headers.Authorization).toBeUndefined();
  });

  it('posts the reject reason, edit fields, rating scores and batch preview hash as JSON bodies', async () => {
    const fake = fakeFetch(() => json(200, {}));
    const client = createApiClient({ baseUrl: '', getToken: () => 't', fetch: fake.fetch });
    await client.reject('a1', 'wrong person');
    await client.editDraft('d1', { body: 'Hello' });
    await client.rateDraft('d1', { personalisation: 5, subject: 4, value: 3, cta: 2, tone: 1 });
    await client.createBatch({ status: 'pending', tier: 'tier_2' });
    await client.approveBatch('b1', 'f'.repeat(64));
    await client.executeBatch('b1');
    expect(fake.calls.map((call) => `${call.method} ${call.url} ${call.body ?? ''}`)).toEqual([
      'POST /api/approvals/a1/reject {"reason":"wrong person"}',
      'PATCH /api/drafts/d1 {"body":"Hello"}',
      'POST /api/drafts/d1/rating {"scores":{"personalisation":5,"subject":4,"value":3,"cta":2,"tone":1}}',
      'POST /api/batches {"filter":{"status":"pending","tier":"tier_2"}}',
      `POST /api/batches/b1/approve {"previewHash":"${'f'.repeat(64)}"}`,
      'POST /api/batches/b1/execute ',
    ]);
    expect(fake.calls[0]?.headers['Content-Type']).toBe('application/json');
  });

  it('encodes ids so a hostile id cannot change the path', async () => {
    const fake = fakeFetch(() => json(200, {}));
    const client = createApiClient({ baseUrl: '', getToken: () => 't', fetch: fake.fetch });
    await client.approve('../config');
    expect(fake.calls[0]?.url).toBe('/api/approvals/..%2Fconfig/approve');
  });

  it('maps a 401 error body to an ApiError that asks for the token again', async () => {
    const fake = fakeFetch(() => json(401, { error: { code: 'unauthorized', message: 'Send a valid token.' } }));
    const client = createApiClient({ baseUrl: '', getToken: () => 'bad', fetch: fake.fetch });
    const error = await client.listLeads().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 401,
      code: 'unauthorized',
      message: 'Send a valid token.',
      needsToken: true,
    });
  });

  it('maps a 409 (no longer pending) to a stale ApiError with the server code and field', async () => {
    const fake = fakeFetch(() => json(409, { error: { code: 'conflict', message: 'Already decided.', field: 'id' } }));
    const client = createApiClient({ baseUrl: '', getToken: () => 't', fetch: fake.fetch });
    const error = await client.approve('a1').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 409, code: 'conflict', field: 'id', isStale: true, needsToken: false });
  });

  it('maps a non-JSON error page to code http_<status>', async () => {
    const fake = fakeFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }));
    const client = createApiClient({ baseUrl: '', getToken: () => 't', fetch: fake.fetch });
    const error = await client.getConfig().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 502, code: 'http_502', message: 'HTTP 502: Bad Gateway' });
  });

  it('maps an unreachable server to status 0, code network', async () => {
    const client = createApiClient({
      baseUrl: '',
      getToken: () => 't',
      fetch: (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch,
    });
    const error = await client.listRuns().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 0, code: 'network' });
  });
});

describe('withQuery', () => {
  it('leaves out empty and undefined values and encodes the rest', () => {
    expect(withQuery('/api/audit', { agent: 'GATEKEEPER', action: '', since: undefined, cursor: 'a b&c' })).toBe(
      '/api/audit?agent=GATEKEEPER&cursor=a+b%26c',
    );
    expect(withQuery('/api/runs', {})).toBe('/api/runs');
  });
});
