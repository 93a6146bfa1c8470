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

const rate = (role: keyof typeof testTokens, scores: unknown): RequestInit => ({
  method: 'POST',
  headers: { Authorization: `Bearer ${testTokens[role]}` },
  body: JSON.stringify({ scores }),
});
const good = { personalisation: 4, subject: 3, value: 5, cta: 4, tone: 4 };

describe('draft rating API (SPEC 18)', () => {
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

  it('SPEC 18: each dimension must be an integer 1–5; the error names the field', async () => {
    const { draftIds } = await fixture.seedQueue(1);
    const url = `/api/drafts/${draftIds[0]}/rating`;
    for (const [scores, field] of [
      [{ ...good, tone: 6 }, 'body.scores.tone'],
      [{ ...good, cta: 0 }, 'body.scores.cta'],
      [{ ...good, value: 3.5 }, 'body.scores.value'],
      [{ ...good, subject: '4' }, 'body.scores.subject'],
      [{ personalisation: 4, subject: 3, value: 5, cta: 4 }, 'body.scores.tone'],
    ] as const) {
      const response = await app.request(url, rate('approver', scores));
      expect(response.status, field).toBe(400);
      expect(((await response.json()) as { error: { field: string } }).error.field).toBe(field);
    }
    expect((await fixture.desk.ratings.averages()).count).toBe(0);
  });

  it('SPEC 18: ratings are stored per rater (a re-rating replaces), with per-draft and overall averages', async () => {
    const { draftIds } = await fixture.seedQueue(2);
    const first = await app.request(`/api/drafts/${draftIds[0]}/rating`, rate('approver', good));
    expect(first.status).toBe(200);
    expect((await first.json()) as unknown).toMatchObject({
      count: 1,
      rater: 'approver@example.com',
      averages: { overall: 4 },
    });
    await app.request(`/api/drafts/${draftIds[0]}/rating`, rate('approver', { ...good, tone: 5 }));
    await app.request(
      `/api/drafts/${draftIds[0]}/rating`,
      rate('admin', { personalisation: 2, subject: 2, value: 2, cta: 2, tone: 2 }),
    );
    await app.request(
      `/api/drafts/${draftIds[1]}/rating`,
      rate('admin', { personalisation: 5, subject: 5, value: 5, cta: 5, tone: 5 }),
    );
    const viewer = { headers: { Authorization: `Bearer ${testTokens.viewer}` } };
    const perDraft = (await (await app.request(`/api/drafts/${draftIds[0]}/rating`, viewer)).json()) as {
      count: number;
      averages: Record<string, number>;
    };
    expect(perDraft.count).toBe(2);
    expect(perDraft.averages.tone).toBe(3.5);
    expect(perDraft.averages.overall).toBe(3.1);
    const overall = (await (await app.request('/api/ratings', viewer)).json()) as {
      count: number;
      averages: Record<string, number>;
    };
    expect(overall.count).toBe(3);
    expect(overall.averages.overall).toBe(3.73);
  });

  it('SPEC 18: rating needs an approver; an unknown draft is 404', async () => {
    const { draftIds } = await fixture.seedQueue(1);
    expect((await app.request(`/api/drafts/${draftIds[0]}/rating`, rate('viewer', good))).status).toBe(403);
    expect((await app.request(`/api/drafts/${randomUUID()}/rating`, rate('approver', good))).status).toBe(404);
  });
});
