import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { draftContentHash } from '../pipeline/approval/index.js';
import {
  createApprovalDeskFixture,
  fixtureServerDependencies,
  testTokens,
  type ApprovalDeskFixture,
} from '../test-support/approval-desk-fixture.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createServerApp } from './create-server-app.js';

interface Item {
  id: string;
  draftId: string;
  status: string;
  contentHash: string;
  decidedBy: string | null;
  lead: { id: string; tier: string };
  draft: { subjectA: string; body: string; edited: boolean; proposed: { body: string }; contentHash: string };
  score: { score: number; components: Record<string, number>; reasons: string[] } | null;
  evidence: unknown[];
  guards: { passed: boolean };
}

const as = (role: keyof typeof testTokens, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { Authorization: `Bearer ${testTokens[role]}`, 'Content-Type': 'application/json' },
});

describe('approval queue API', () => {
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

  it('SPEC 14: lists items with lead, both subjects, body, score components/reasons, evidence and guards; keyset pages', async () => {
    const seeded = await fixture.seedQueue(5);
    await fixture.seedQueue(2, { tier: 'tier_2' });
    const first = await app.request('/api/approvals?status=pending&tier=tier_1&limit=2', as('viewer'));
    expect(first.status).toBe(200);
    const page = (await first.json()) as { items: Item[]; nextCursor: string | null };
    expect(page.items.map((item) => item.id)).toEqual(seeded.approvalIds.slice(0, 2));
    const item = page.items[0]!;
    expect(item).toMatchObject({ status: 'pending', draftId: seeded.draftIds[0], lead: { tier: 'tier_1' } });
    expect(item.draft.subjectA).toMatch(/^Ops at/);
    expect(item.score?.components.title).toBe(25);
    expect(item.score?.reasons[0]).toMatch(/title/);
    expect(item.evidence).toHaveLength(1);
    expect(item.guards.passed).toBe(true);
    const ids: string[] = page.items.map((entry) => entry.id);
    let cursor = page.nextCursor;
    while (cursor) {
      const next = (await (
        await app.request(`/api/approvals?tier=tier_1&limit=2&cursor=${cursor}`, as('viewer'))
      ).json()) as {
        items: Item[];
        nextCursor: string | null;
      };
      ids.push(...next.items.map((entry) => entry.id));
      cursor = next.nextCursor;
    }
    expect(ids).toEqual(seeded.approvalIds);
  });

  it('SPEC 3.6: approve returns the updated item, audits the token name, and enqueues the send; a second decision is 409', async () => {
    const { approvalIds } = await fixture.seedQueue(1);
    const response = await app.request(`/api/approvals/${approvalIds[0]}/approve`, as('approver', { method: 'POST' }));
    expect(response.status).toBe(200);
    expect((await response.json()) as Item).toMatchObject({ status: 'approved', decidedBy: 'approver@example.com' });
    expect(fixture.jobs.sent).toHaveLength(1);
    const audit = await fixture.store.audit.query({ agent: 'GATEKEEPER', action: 'approve', limit: 5 });
    expect(audit.items.map((event) => event.actor)).toEqual(['approver@example.com']);
    const again = await app.request(`/api/approvals/${approvalIds[0]}/approve`, as('admin', { method: 'POST' }));
    expect(again.status).toBe(409);
    expect((await again.json()) as unknown).toMatchObject({ error: { code: 'conflict' } });
    const reject = await app.request(
      `/api/approvals/${approvalIds[0]}/reject`,
      as('admin', { method: 'POST', body: JSON.stringify({ reason: 'late' }) }),
    );
    expect(reject.status).toBe(409);
  });

  it('SPEC 3.6: reject needs a reason (400 naming body.reason), then records it; unknown id is 404', async () => {
    const { approvalIds } = await fixture.seedQueue(1);
    const url = `/api/approvals/${approvalIds[0]}/reject`;
    const missing = await app.request(url, as('approver', { method: 'POST', body: '{}' }));
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { field: string } }).error.field).toBe('body.reason');
    const rejected = await app.request(
      url,
      as('approver', { method: 'POST', body: JSON.stringify({ reason: 'too generic' }) }),
    );
    expect(rejected.status).toBe(200);
    expect((await rejected.json()) as Item).toMatchObject({ status: 'rejected', reason: 'too generic' });
    const unknown = await app.request(`/api/approvals/${randomUUID()}/approve`, as('approver', { method: 'POST' }));
    expect(unknown.status).toBe(404);
    expect((await unknown.json()) as unknown).toMatchObject({ error: { code: 'not_found' } });
  });

  it('SPEC 14: a viewer token may read but not decide (403 permission_denied)', async () => {
    const { approvalIds, draftIds } = await fixture.seedQueue(1);
    const approve = await app.request(`/api/approvals/${approvalIds[0]}/approve`, as('viewer', { method: 'POST' }));
    expect(approve.status).toBe(403);
    expect((await approve.json()) as unknown).toMatchObject({ error: { code: 'permission_denied' } });
    const edit = await app.request(
      `/api/drafts/${draftIds[0]}`,
      as('viewer', { method: 'PATCH', body: '{"body":"x"}' }),
    );
    expect(edit.status).toBe(403);
    expect((await fixture.store.approvals.findById(approvalIds[0]!))?.status).toBe('pending');
  });

  it('SPEC 3.6: edit then approve binds the approval to the edited content hash; the proposal is kept', async () => {
    const { approvalIds, draftIds } = await fixture.seedQueue(1);
    const before = await fixture.store.approvals.findById(approvalIds[0]!);
    const edited = await app.request(
      `/api/drafts/${draftIds[0]}`,
      as('approver', { method: 'PATCH', body: JSON.stringify({ body: 'Hi there,\n\nEdited by a human.\n\nBest' }) }),
    );
    expect(edited.status).toBe(200);
    const item = (await edited.json()) as Item;
    expect(item.draft).toMatchObject({ body: 'Hi there,\n\nEdited by a human.\n\nBest', edited: true });
    expect(item.draft.proposed.body).toMatch(/A short note about operations/);
    const draft = await fixture.store.drafts.findById(draftIds[0]!);
    const newHash = draftContentHash(draft!);
    expect(newHash).not.toBe(before?.contentHash);
    expect(item.contentHash).toBe(newHash);
    await app.request(`/api/approvals/${approvalIds[0]}/approve`, as('approver', { method: 'POST' }));
    const approved = await fixture.store.approvals.findById(approvalIds[0]!);
    expect(approved).toMatchObject({ status: 'approved', contentHash: newHash });
    expect(fixture.jobs.sent[0]?.payload).toMatchObject({ contentHash: newHash });
  });

  it('SPEC 3.6: editing an approved draft returns it to pending; editing a rejected one is 409', async () => {
    const { approvalIds, draftIds } = await fixture.seedQueue(2);
    await app.request(`/api/approvals/${approvalIds[0]}/approve`, as('approver', { method: 'POST' }));
    const edited = await app.request(
      `/api/drafts/${draftIds[0]}`,
      as('approver', { method: 'PATCH', body: JSON.stringify({ subjectA: 'A better subject' }) }),
    );
    expect((await edited.json()) as Item).toMatchObject({
      status: 'pending',
      decidedBy: null,
      draft: { subjectA: 'A better subject' },
    });
    expect((await fixture.store.drafts.findById(draftIds[0]!))?.status).toBe('pending_approval');
    await app.request(
      `/api/approvals/${approvalIds[1]}/reject`,
      as('approver', { method: 'POST', body: JSON.stringify({ reason: 'off target' }) }),
    );
    const late = await app.request(
      `/api/drafts/${draftIds[1]}`,
      as('approver', { method: 'PATCH', body: '{"body":"x"}' }),
    );
    expect(late.status).toBe(409);
    const empty = await app.request(`/api/drafts/${draftIds[0]}`, as('approver', { method: 'PATCH', body: '{}' }));
    expect(empty.status).toBe(400);
    const unknownField = await app.request(
      `/api/drafts/${draftIds[0]}`,
      as('approver', { method: 'PATCH', body: '{"to":"x@example.com"}' }),
    );
    expect(unknownField.status).toBe(400);
    const missing = await app.request(
      `/api/drafts/${randomUUID()}`,
      as('approver', { method: 'PATCH', body: '{"body":"x"}' }),
    );
    expect(missing.status).toBe(404);
  });
});
