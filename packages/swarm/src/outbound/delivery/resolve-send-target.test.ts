import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { draftContentHash } from '../../pipeline/run/approve-chunk.js';
import { createSendWorkerFixture, type SendWorkerFixture } from '../../test-support/send-worker-fixture.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { handleSendJob } from './handle-send-job.js';
import { resolveSendTarget } from './resolve-send-target.js';

let database: TestDatabase;
let fixture: SendWorkerFixture;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => {
  await database.freshSchema();
  fixture = createSendWorkerFixture(database);
});

describe('resolveSendTarget', () => {
  it('EM-1: approved content without the postal address and opt-out footer is never sent', async () => {
    const seeded = await fixture.desk.seedQueue(1);
    const draft = await fixture.desk.store.drafts.findById(seeded.draftIds[0]!);
    const approvalId = seeded.approvalIds[0]!;
    await fixture.desk.store.approvals.decide(approvalId, {
      status: 'approved',
      decidedBy: 'head-of-sales@example.com',
      decidedAt: fixture.desk.clock.now(),
      reason: null,
    });
    const target = await resolveSendTarget(
      { approvalId, draftId: draft!.id, contentHash: draftContentHash(draft!) },
      fixture.dependencies,
    );
    expect(target).toMatchObject({ kind: 'skip', reasonCode: 'template_noncompliant' });
    expect(target.kind === 'skip' && target.reason).toMatch(/postal_address_not_in_body/);
    expect(await fixture.dependencies.delivery.listForLead(seeded.leadIds[0]!)).toEqual([]);
  });

  it('EM-1: the compliant approved draft resolves to one outbox row, reused by a repeated job', async () => {
    const [payload] = await fixture.approved(1);
    const first = await resolveSendTarget(payload!, fixture.dependencies);
    const second = await resolveSendTarget(payload!, fixture.dependencies);
    expect(first.kind).toBe('deliver');
    expect(second.kind === 'deliver' && first.kind === 'deliver' && second.record.message.id).toBe(
      first.kind === 'deliver' && first.record.message.id,
    );
  });

  it('issue 4: a follow-up joins the thread — In-Reply-To the last message sent, References the chain', async () => {
    const [first] = await fixture.approved(1);
    await handleSendJob({ id: 'job-1', name: 'send-email', payload: first!, retryCount: 0 }, fixture.dependencies);
    const approval = await fixture.desk.store.approvals.findById(first!.approvalId);
    const sentFirst = (await fixture.dependencies.delivery.listForLead(approval!.leadId))[0]!.message;
    const stepOne = await fixture.desk.store.drafts.findById(first!.draftId);
    const followUp = {
      ...stepOne!,
      id: randomUUID(),
      sequenceStep: 2,
      subjectA: 'Re: ' + stepOne!.subjectA,
      subjectB: 'Re: ' + stepOne!.subjectB,
    };
    await fixture.desk.store.drafts.insertMany([followUp]);
    const followUpApprovalId = randomUUID();
    await fixture.desk.store.approvals.insertMany([
      {
        ...approval!,
        id: followUpApprovalId,
        draftId: followUp.id,
        contentHash: draftContentHash(followUp),
        status: 'approved',
        decidedBy: 'head-of-sales@example.com',
        decidedAt: fixture.desk.clock.now(),
      },
    ]);
    const target = await resolveSendTarget(
      { approvalId: followUpApprovalId, draftId: followUp.id, contentHash: draftContentHash(followUp) },
      fixture.dependencies,
    );
    expect(target.kind).toBe('deliver');
    const message = target.kind === 'deliver' ? target.record.message : null;
    expect(message?.inReplyTo).toBe(sentFirst.messageId);
    expect(message?.references).toEqual([sentFirst.messageId]);
    expect(message?.threadKey).toBe(sentFirst.threadKey);
    expect(message?.raw).toContain(`In-Reply-To: ${sentFirst.messageId}`);
    expect(message?.raw).toContain(`References: ${sentFirst.messageId}`);
  });
});
