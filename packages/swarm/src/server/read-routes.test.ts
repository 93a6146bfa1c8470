import { randomUUID } from 'node:crypto';
import { Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PgliteDialect } from '../store/pglite-dialect.js';
import { createApprovalDeskStore } from '../store/repositories/approval-desk-repository.js';
import type { Database } from '../store/schema.js';
import {
  createApprovalDeskFixture,
  fixtureServerDependencies,
  testTokens,
  type ApprovalDeskFixture,
} from '../test-support/approval-desk-fixture.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createServerApp } from './create-server-app.js';
import type { openApiDocument } from './openapi-document.js';

const viewer = { headers: { Authorization: `Bearer ${testTokens.viewer}` } };

describe('read API: leads, runs, audit, config, OpenAPI', () => {
  let database: TestDatabase;
  let fixture: ApprovalDeskFixture;
  let app: ReturnType<typeof createServerApp>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    fixture = createApprovalDeskFixture(database);
    app = createServerApp(fixtureServerDependencies(fixture, database));
  });

  it('SPEC 14: an approval page is one SQL query (join), not one per item', async () => {
    await fixture.seedQueue(6);
    let queries = 0;
    const counted = new Kysely<Database>({
      dialect: new PgliteDialect(database.pglite),
      log: () => {
        queries += 1;
      },
    });
    const page = await createApprovalDeskStore(counted).listQueue({ status: 'pending', limit: 6 });
    expect(page.items).toHaveLength(6);
    expect(page.items.every((entry) => entry.score !== null)).toBe(true);
    expect(queries).toBe(1);
  });

  it('SPEC 14: leads list by tier with keyset cursor; a lead shows profile, score, drafts and an audit timeline', async () => {
    const tierOne = await fixture.seedQueue(3);
    await fixture.seedQueue(1, { tier: 'tier_2' });
    const list = (await (await app.request('/api/leads?tier=tier_1&limit=2', viewer)).json()) as {
      items: { id: string }[];
      nextCursor: string;
    };
    expect(list.items).toHaveLength(2);
    const rest = (await (
      await app.request(`/api/leads?tier=tier_1&limit=2&cursor=${list.nextCursor}`, viewer)
    ).json()) as {
      items: { id: string }[];
    };
    expect([...list.items, ...rest.items].map((lead) => lead.id).sort()).toEqual([...tierOne.leadIds].sort());
    await app.request(`/api/approvals/${tierOne.approvalIds[0]}/approve`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${testTokens.approver}` },
    });
    const detail = (await (await app.request(`/api/leads/${tierOne.leadIds[0]}`, viewer)).json()) as {
      lead: { id: string; status: string };
      score: { score: number; reasons: string[] };
      drafts: { id: string }[];
      timeline: { action: string; actor: string }[];
      enrichment: unknown;
    };
    expect(detail.lead).toMatchObject({ id: tierOne.leadIds[0], status: 'approved' });
    expect(detail.score.score).toBe(80);
    expect(detail.drafts.map((draft) => draft.id)).toEqual([tierOne.draftIds[0]]);
    expect(detail.timeline).toEqual([expect.objectContaining({ action: 'approve', actor: 'approver@example.com' })]);
    expect(detail.enrichment).toBeNull();
    expect((await app.request(`/api/leads/${randomUUID()}`, viewer)).status).toBe(404);
  });

  it('SPEC 13: audit search filters by agent and action and pages by cursor; runs list', async () => {
    const { approvalIds } = await fixture.seedQueue(3);
    for (const id of approvalIds) {
      await app.request(`/api/approvals/${id}/approve`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${testTokens.admin}` },
      });
    }
    const first = (await (await app.request('/api/audit?agent=GATEKEEPER&action=approve&limit=2', viewer)).json()) as {
      items: { actor: string }[];
      nextCursor: string;
    };
    expect(first.items).toHaveLength(2);
    expect(first.items[0]?.actor).toBe('admin@example.com');
    const second = (await (
      await app.request(`/api/audit?action=approve&cursor=${first.nextCursor}`, viewer)
    ).json()) as {
      items: unknown[];
    };
    expect(second.items).toHaveLength(1);
    const future = (await (await app.request('/api/audit?since=2030-01-01T00:00:00Z', viewer)).json()) as {
      items: unknown[];
    };
    expect(future.items).toHaveLength(0);
    expect((await app.request('/api/audit?since=yesterday', viewer)).status).toBe(400);
    const runs = (await (await app.request('/api/runs', viewer)).json()) as { items: unknown[]; total: number };
    expect(runs).toMatchObject({ items: [], total: 0 });
  });

  it('SPEC 14: GET /api/config redacts secrets and token hashes', async () => {
    const body = await (await app.request('/api/config', viewer)).text();
    expect(body).not.toContain('do-not-show');
    expect(body).toContain('[redacted]');
    expect(body).toContain('"mode":"assisted"');
    expect(body).not.toMatch(/[0-9a-f]{64}/);
  });

  it('SPEC 14: /api/openapi.json is OpenAPI 3.1 and describes exactly the registered routes', async () => {
    const response = await app.request('/api/openapi.json', viewer);
    const document = (await response.json()) as typeof openApiDocument;
    expect(document.openapi).toBe('3.1.0');
    const registered = app.routes
      .filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:([A-Za-z]+)/g, '{$1}')}`)
      .sort();
    const described = Object.entries(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`))
      .sort();
    expect(described).toEqual(registered);
  });
});
