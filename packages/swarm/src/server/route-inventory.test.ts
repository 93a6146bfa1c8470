import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createApprovalDeskFixture,
  fixtureServerDependencies,
  testTokens,
  type ApprovalDeskFixture,
} from '../test-support/approval-desk-fixture.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createServerApp } from './create-server-app.js';

/**
 * SPEC §14: the only public routes this server registers (others belong to other issues).
 * `POST /slack/interactions` needs no token but a valid Slack signature (WH-1/WH-2); `/u/{token}` is the
 * RFC 8058 unsubscribe endpoint, authenticated by its HMAC-bound token (EM-3); `POST /webhooks/*` are the
 * inbound event webhooks, authenticated by a vendor shared secret or a Standard Webhooks signature (SPEC §4, WH-11).
 */
const publicRoutes = [
  'GET /health',
  'GET /ready',
  'GET /u/:token',
  'POST /slack/interactions',
  'POST /u/:token',
  'POST /webhooks/clay',
  'POST /webhooks/heyreach',
  'POST /webhooks/instantly',
  'POST /webhooks/rb2b',
  'POST /webhooks/standard/:source',
];

function registeredRoutes(app: ReturnType<typeof createServerApp>) {
  return app.routes
    .filter((route) => route.method !== 'ALL')
    .map((route) => ({ method: route.method, path: route.path, url: route.path.replace(/:[A-Za-z]+/g, randomUUID()) }));
}

describe('route inventory and token handling', () => {
  let database: TestDatabase;
  let fixture: ApprovalDeskFixture;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    fixture = createApprovalDeskFixture(database);
  });

  it('AUTH-1: every /api route answers 401 without a token, and the public list is exactly /health, /ready and the Slack-signed interactions route', async () => {
    const app = createServerApp(fixtureServerDependencies(fixture, database));
    const routes = registeredRoutes(app);
    expect(routes.filter((route) => route.path.startsWith('/api/')).length).toBeGreaterThanOrEqual(17);
    const publicFound = routes
      .filter((route) => !route.path.startsWith('/api/'))
      .map((route) => `${route.method} ${route.path}`);
    expect(publicFound.sort()).toEqual(publicRoutes);
    let client = 0;
    for (const route of routes.filter((candidate) => candidate.path.startsWith('/api/'))) {
      // A distinct client per request, so the brute-force guard (AUTH-4) does not answer 429 first.
      client += 1;
      const env = { incoming: { socket: { remoteAddress: `198.51.100.${client}` } } };
      const response = await app.request(route.url, { method: route.method }, env);
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
      expect((await response.json()) as unknown).toMatchObject({ error: { code: 'unauthorized' } });
    }
    for (const path of ['/health', '/ready']) expect((await app.request(path)).status).toBe(200);
  });

  it('AUTH-1: strict mode — with no token configured every /api route answers 503', async () => {
    const app = createServerApp({ ...fixtureServerDependencies(fixture, database), tokens: [] });
    for (const route of registeredRoutes(app).filter((candidate) => candidate.path.startsWith('/api/'))) {
      const response = await app.request(route.url, {
        method: route.method,
        headers: { Authorization: `Bearer ${testTokens.admin}` },
      });
      expect(response.status, `${route.method} ${route.path}`).toBe(503);
      expect((await response.json()) as unknown).toMatchObject({ error: { code: 'auth_not_configured' } });
    }
  });

  it('AUTH-1: an unregistered /api path also needs a token (no route probing without one)', async () => {
    const app = createServerApp(fixtureServerDependencies(fixture, database));
    expect((await app.request('/api/nothing-here')).status).toBe(401);
    const found = await app.request('/api/nothing-here', { headers: { Authorization: `Bearer ${testTokens.viewer}` } });
    expect(found.status).toBe(404);
    expect((await found.json()) as unknown).toMatchObject({ error: { code: 'not_found' } });
  });

  it('AUTH-2: a token in the query string is refused with 401; both header forms are accepted', async () => {
    const app = createServerApp(fixtureServerDependencies(fixture, database));
    for (const name of ['token', 'access_token', 'api_key']) {
      expect((await app.request(`/api/approvals?${name}=${testTokens.admin}`)).status).toBe(401);
    }
    const bearer = await app.request('/api/approvals', { headers: { Authorization: `Bearer ${testTokens.viewer}` } });
    expect(bearer.status).toBe(200);
    const dashboard = await app.request('/api/approvals', { headers: { 'X-Dashboard-Token': testTokens.viewer } });
    expect(dashboard.status).toBe(200);
    const wrong = await app.request('/api/approvals', { headers: { Authorization: `Bearer ${testTokens.viewer}x` } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('WWW-Authenticate')).toBe('Bearer');
  });

  it('AUTH-1: OPTIONS preflight needs no token and returns no body data', async () => {
    const app = createServerApp(fixtureServerDependencies(fixture, database));
    for (const route of registeredRoutes(app).filter((candidate) => candidate.path.startsWith('/api/'))) {
      const response = await app.request(route.url, {
        method: 'OPTIONS',
        headers: { Origin: 'https://desk.example.com', 'Access-Control-Request-Method': route.method },
      });
      expect(response.status, route.path).toBe(204);
      expect(await response.text()).toBe('');
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://desk.example.com');
    }
  });

  it('SPEC 14: /health and /ready report status and emergencyStop only', async () => {
    const app = createServerApp(fixtureServerDependencies(fixture, database));
    expect((await (await app.request('/health')).json()) as unknown).toEqual({ status: 'ok', emergencyStop: false });
    expect((await (await app.request('/ready')).json()) as unknown).toEqual({ status: 'ready', emergencyStop: false });
    const broken = createServerApp({
      ...fixtureServerDependencies(fixture, database),
      checkDatabase: async () => {
        throw new Error('database down');
      },
    });
    const response = await broken.request('/ready');
    expect(response.status).toBe(503);
    expect((await response.json()) as unknown).toEqual({ status: 'unavailable', emergencyStop: false });
  });
});
