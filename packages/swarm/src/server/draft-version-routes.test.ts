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

const as = (role: keyof typeof testTokens, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { Authorization: `Bearer ${testTokens[role]}` },
});

interface Versions {
  proposed: { subjectA: string; subjectB: string; body: string };
  approved: { subjectA: string; subjectB: string; body: string } | null;
  sent: { subject: string; messageId: string; status: string } | null;
}

describe('GET /api/drafts/{id}/versions (issue 3: proposed, approved, sent)', () => {
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

  async function versions(draftId: string): Promise<Versions> {
    const response = await app.request(`/api/drafts/${draftId}/versions`, as('viewer'));
    expect(response.status).toBe(200);
    return (await response.json()) as Versions;
  }

  it('a pending draft has only the proposed version', async () => {
    const { draftIds } = await fixture.seedQueue(1);
    const result = await versions(draftIds[0]!);
    expect(result.proposed.subjectA).toMatch(/^Ops at Company/);
    expect(result.approved).toBeNull();
    expect(result.sent).toBeNull();
  });

  it('after edit + approve, approved is the edited text and proposed keeps the agent text; sent is the outbox row', async () => {
    const { draftIds, approvalIds, leadIds } = await fixture.seedQueue(1);
    const draftId = draftIds[0]!;
    const edit = await app.request(
      `/api/drafts/${draftId}`,
      as('approver', { method: 'PATCH', body: JSON.stringify({ body: 'Hi,\n\nEdited by a human.\n\nBest' }) }),
    );
    expect(edit.status).toBe(200);
    expect(
      (await app.request(`/api/approvals/${approvalIds[0]}/approve`, as('approver', { method: 'POST' }))).status,
    ).toBe(200);
    const approved = await versions(draftId);
    expect(approved.proposed.body).toMatch(/A short note about operations/);
    expect(approved.approved).toMatchObject({ body: 'Hi,\n\nEdited by a human.\n\nBest' });
    expect(approved.approved?.subjectA).toBe(approved.proposed.subjectA);

    const messageId = `<${randomUUID()}@mail.example.com>`;
    await fixture.store.outbox.insertMany([
      {
        id: randomUUID(),
        idempotencyKey: `send:${draftId}`,
        messageId,
        wireMessageId: null,
        threadKey: messageId,
        sequenceStep: 1,
        inReplyTo: null,
        references: [],
        leadId: leadIds[0]!,
        draftId,
        mailbox: 'sender@example.com',
        recipient: 'person@example.com',
        subject: approved.approved!.subjectA,
        channel: 'email',
        status: 'shadow',
        raw: 'Subject: x\r\n\r\nbody',
      },
    ]);
    expect((await versions(draftId)).sent).toEqual({
      subject: approved.approved!.subjectA,
      messageId,
      status: 'shadow',
    });
  });

  it('a rejected draft has no approved version; an unknown draft is 404', async () => {
    const { draftIds, approvalIds } = await fixture.seedQueue(1);
    await app.request(
      `/api/approvals/${approvalIds[0]}/reject`,
      as('approver', { method: 'POST', body: JSON.stringify({ reason: 'too generic' }) }),
    );
    expect((await versions(draftIds[0]!)).approved).toBeNull();
    const missing = await app.request(`/api/drafts/${randomUUID()}/versions`, as('viewer'));
    expect(missing.status).toBe(404);
  });
});
