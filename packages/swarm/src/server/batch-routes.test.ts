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

interface BatchBody {
  id: string;
  status: string;
  previewHash: string;
  expiresAt: string;
  scope: { approvalId: string; contentHash: string }[];
  items?: { id: string }[];
  approved?: string[];
  skipped?: { approvalId: string; reason: string }[];
  executedNow?: boolean;
}

const post = (body?: unknown): RequestInit => ({
  method: 'POST',
  headers: { Authorization: `Bearer ${testTokens.approver}`, 'Content-Type': 'application/json' },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

describe('frozen-scope batch approval API (SPEC 3.6)', () => {
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

  async function freeze(filter: object = { tier: 'tier_1' }): Promise<BatchBody> {
    const response = await app.request('/api/batches', post({ filter }));
    expect(response.status).toBe(201);
    return (await response.json()) as BatchBody;
  }

  it('SPEC 3.6: create freezes ids, content hashes, a preview hash and an expiry; approve + execute approves exactly them once', async () => {
    const tierOne = await fixture.seedQueue(3);
    await fixture.seedQueue(1, { tier: 'tier_2' });
    const batch = await freeze();
    expect(batch.items?.map((item) => item.id)).toEqual(tierOne.approvalIds);
    expect(batch.scope.map((item) => item.approvalId)).toEqual(tierOne.approvalIds);
    expect(batch.previewHash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Date(batch.expiresAt).getTime()).toBe(fixture.clock.now().getTime() + 15 * 60_000);
    expect(
      (await app.request(`/api/batches/${batch.id}/approve`, post({ previewHash: batch.previewHash }))).status,
    ).toBe(200);
    const executed = (await (await app.request(`/api/batches/${batch.id}/execute`, post())).json()) as BatchBody;
    expect(executed).toMatchObject({
      status: 'executed',
      executedNow: true,
      approved: tierOne.approvalIds,
      skipped: [],
    });
    expect(fixture.jobs.sent).toHaveLength(3);
    const again = (await (await app.request(`/api/batches/${batch.id}/execute`, post())).json()) as BatchBody;
    expect(again).toMatchObject({ executedNow: false, approved: [] });
    expect(fixture.jobs.sent).toHaveLength(3);
  });

  it('SPEC 3.6: queue drift after approval never widens the scope; edited items are skipped, not approved', async () => {
    const seeded = await fixture.seedQueue(2);
    const batch = await freeze();
    await app.request(`/api/batches/${batch.id}/approve`, post({ previewHash: batch.previewHash }));
    const late = await fixture.seedQueue(2);
    await app.request(`/api/drafts/${seeded.draftIds[1]}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${testTokens.approver}` },
      body: JSON.stringify({ body: 'Changed after the preview.' }),
    });
    const executed = (await (await app.request(`/api/batches/${batch.id}/execute`, post())).json()) as BatchBody;
    expect(executed.approved).toEqual([seeded.approvalIds[0]]);
    expect(executed.skipped).toEqual([
      { approvalId: seeded.approvalIds[1], reason: 'content changed since the preview' },
    ]);
    for (const id of late.approvalIds) expect((await fixture.store.approvals.findById(id))?.status).toBe('pending');
    expect((await fixture.store.approvals.findById(seeded.approvalIds[1]!))?.status).toBe('pending');
    expect(fixture.jobs.sent).toHaveLength(1);
  });

  it('SPEC 3.6: a wrong previewHash is 409 and approves nothing; execute before approval is 409', async () => {
    await fixture.seedQueue(2);
    const batch = await freeze();
    const wrong = await app.request(`/api/batches/${batch.id}/approve`, post({ previewHash: 'a'.repeat(64) }));
    expect(wrong.status).toBe(409);
    expect((await app.request(`/api/batches/${batch.id}/execute`, post())).status).toBe(409);
    expect(fixture.jobs.sent).toHaveLength(0);
    const malformed = await app.request(`/api/batches/${batch.id}/approve`, post({ previewHash: 'nope' }));
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { field: string } }).error.field).toBe('body.previewHash');
  });

  it('SPEC 3.6: an expired batch is 410 for approve and execute, and nothing is approved', async () => {
    await fixture.seedQueue(2);
    const batch = await freeze();
    await app.request(`/api/batches/${batch.id}/approve`, post({ previewHash: batch.previewHash }));
    fixture.clock.advance(15 * 60_000);
    const execute = await app.request(`/api/batches/${batch.id}/execute`, post());
    expect(execute.status).toBe(410);
    expect((await execute.json()) as unknown).toMatchObject({ error: { code: 'expired' } });
    const fresh = await freeze();
    fixture.clock.advance(15 * 60_000);
    expect(
      (await app.request(`/api/batches/${fresh.id}/approve`, post({ previewHash: fresh.previewHash }))).status,
    ).toBe(410);
    expect(fixture.jobs.sent).toHaveLength(0);
  });

  it('SPEC 3.6: batches of unknown ids are 404; only pending approvals can be batched', async () => {
    expect((await app.request(`/api/batches/${randomUUID()}/execute`, post())).status).toBe(404);
    const bad = await app.request('/api/batches', post({ filter: { status: 'approved' } }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('body.filter.status');
  });
});
