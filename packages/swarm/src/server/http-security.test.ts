import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createApprovalDeskFixture,
  fixtureServerDependencies,
  testTokens,
  type ApprovalDeskFixture,
} from '../test-support/approval-desk-fixture.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createServerApp } from './create-server-app.js';
import { contentSecurityPolicy } from './middleware/security-headers.js';

const clientEnv = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

describe('HTTP security: CORS, brute force, headers', () => {
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

  it('AUTH-3: exact-origin allowlist — allowed echoes the origin, unknown and null get no ACAO, never *', async () => {
    const app = createServerApp(fixtureServerDependencies(fixture, database));
    const cases: [string, string | null][] = [
      ['https://desk.example.com', 'https://desk.example.com'],
      ['https://evil.example.net', null],
      ['https://desk.example.com.evil.example.net', null],
      ['http://desk.example.com', null],
      ['null', null],
    ];
    for (const [origin, expected] of cases) {
      for (const method of ['GET', 'OPTIONS']) {
        const response = await app.request('/api/approvals', {
          method,
          headers: {
            Origin: origin,
            Authorization: `Bearer ${testTokens.viewer}`,
            'Access-Control-Request-Method': 'GET',
          },
        });
        expect(response.headers.get('Access-Control-Allow-Origin'), `${method} ${origin}`).toBe(expected);
        expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
      }
    }
  });

  it('AUTH-4: 10 failed attempts in a minute from one IP → 429 for 15 min, even with a valid token; other IPs unaffected', async () => {
    const app = createServerApp(fixtureServerDependencies(fixture, database));
    const attacker = clientEnv('203.0.113.50');
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const response = await app.request('/api/approvals', { headers: { Authorization: 'Bearer guess' } }, attacker);
      expect(response.status).toBe(401);
      fixture.clock.advance(1_000);
    }
    const valid = { headers: { Authorization: `Bearer ${testTokens.viewer}` } };
    const blocked = await app.request('/api/approvals', valid, attacker);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(14 * 60);
    expect((await blocked.json()) as unknown).toMatchObject({ error: { code: 'too_many_attempts' } });
    expect((await app.request('/api/approvals', valid, clientEnv('203.0.113.51'))).status).toBe(200);
    fixture.clock.advance(15 * 60_000);
    expect((await app.request('/api/approvals', valid, attacker)).status).toBe(200);
  });

  it('AUTH-6: non-API responses carry the dashboard CSP; API responses are no-store; all are nosniff', async () => {
    const app = createServerApp(fixtureServerDependencies(fixture, database));
    for (const path of ['/health', '/ready', '/not-a-page']) {
      const response = await app.request(path);
      expect(response.headers.get('Content-Security-Policy'), path).toBe(contentSecurityPolicy);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    }
    expect(contentSecurityPolicy).toBe("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
    const api = await app.request('/api/approvals', { headers: { Authorization: `Bearer ${testTokens.viewer}` } });
    expect(api.headers.get('Cache-Control')).toBe('no-store');
    expect(api.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('SPEC 14: errors share one shape with a stable code; bad input names the field', async () => {
    const app = createServerApp(fixtureServerDependencies(fixture, database));
    const headers = { Authorization: `Bearer ${testTokens.viewer}` };
    const badQuery = await app.request('/api/approvals?status=maybe', { headers });
    expect(badQuery.status).toBe(400);
    const body = (await badQuery.json()) as { error: { code: string; message: string; field: string } };
    expect(body.error).toMatchObject({ code: 'input_invalid', field: 'query.status' });
    const badLimit = await app.request('/api/leads?limit=0', { headers });
    expect(((await badLimit.json()) as { error: { field: string } }).error.field).toBe('query.limit');
    const badId = await app.request('/api/approvals/not-a-uuid', { headers });
    expect(badId.status).toBe(400);
    expect(((await badId.json()) as { error: { field: string } }).error.field).toBe('path.id');
  });
});
