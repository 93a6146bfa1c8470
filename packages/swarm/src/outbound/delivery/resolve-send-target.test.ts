import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { draftContentHash } from '../../pipeline/run/approve-chunk.js';
import { createSendWorkerFixture, type SendWorkerFixture } from '../../test-support/send-worker-fixture.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
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
});
