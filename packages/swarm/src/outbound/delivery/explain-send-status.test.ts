import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createSendWorkerFixture, type SendWorkerFixture } from '../../test-support/send-worker-fixture.js';
import { explainSendStatus } from './explain-send-status.js';
import { handleSendJob } from './handle-send-job.js';

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

async function explain(leadId: string, options: { suppressed?: boolean; switches?: string[] } = {}) {
  const lead = await fixture.desk.store.leads.findById(leadId);
  return explainSendStatus({
    lead: lead!,
    suppressed: options.suppressed ?? false,
    records: await fixture.dependencies.delivery.listForLead(leadId),
    killSwitchesOn: options.switches ?? [],
    mode: 'assisted',
  });
}

describe('explainSendStatus ("why is this not sending?")', () => {
  it('issue 4: names the send-window deferral with the next try, and nothing once it is sent', async () => {
    const [payload] = await fixture.approved(1);
    const approval = await fixture.desk.store.approvals.findById(payload!.approvalId);
    fixture.desk.clock.advance(10 * 3_600_000);
    await handleSendJob(
      { id: 'job-1', name: 'send-email', payload: payload!, retryCount: 0 },
      fixture.dependencies,
    ).catch(() => null);
    const deferred = await explain(approval!.leadId);
    expect(deferred.blockers.map((blocker) => blocker.code)).toEqual(['outside_send_window']);
    expect(deferred.blockers[0]?.message).toMatch(/Next try after 2026-11-24T13:00:00.000Z/);
    fixture.desk.clock.advance(14 * 3_600_000);
    await handleSendJob({ id: 'job-2', name: 'send-email', payload: payload!, retryCount: 0 }, fixture.dependencies);
    const sent = await explain(approval!.leadId);
    expect(sent.blockers).toEqual([]);
    expect(sent.messages[0]).toMatchObject({ status: 'sent', attempts: 1, platform: 'smtp' });
  });

  it('issue 4: kill switches, suppression and a pending approval are reported', async () => {
    const seeded = await fixture.desk.seedQueue(1);
    const answer = await explain(seeded.leadIds[0]!, { suppressed: true, switches: ['EMERGENCY_STOP'] });
    expect(answer.blockers.map((blocker) => blocker.code)).toEqual([
      'emergency_stop',
      'suppressed',
      'approval_pending',
    ]);
  });
});
