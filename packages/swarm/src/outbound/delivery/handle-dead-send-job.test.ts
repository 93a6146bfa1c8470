import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSendWorkerFixture, type SendWorkerFixture } from '../../test-support/send-worker-fixture.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { handleDeadSendJob } from './handle-dead-send-job.js';
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

async function deadJobs() {
  const result = await sql<{ job_id: string; reason: string }>`select job_id, reason from dead_send_jobs`.execute(
    database.db,
  );
  return result.rows;
}

describe('handleDeadSendJob (dead-letter queue)', () => {
  it('issue 4: a send job that exhausted its retries after a maybe-sent timeout is stored, settled uncertain and alerted — never resent', async () => {
    const [payload] = await fixture.approved(1);
    fixture.transport.failNext('timeout-after-send');
    await handleSendJob(
      { id: 'job-1', name: 'send-email', payload: payload!, retryCount: 0 },
      fixture.dependencies,
    ).catch(() => null);
    await handleDeadSendJob(
      { id: 'job-1', name: 'send-email.dead', payload: payload!, retryCount: 3 },
      fixture.dependencies,
    );
    const approval = await fixture.desk.store.approvals.findById(payload!.approvalId);
    const [record] = await fixture.dependencies.delivery.listForLead(approval!.leadId);
    expect(record?.message.status).toBe('uncertain');
    expect(record?.reasonCode).toBe('dead_lettered');
    expect((await deadJobs()).map((row) => row.job_id)).toEqual(['job-1']);
    expect(fixture.alerts.join('\n')).toMatch(/dead-lettered/);
    const again = await handleSendJob(
      { id: 'job-2', name: 'send-email', payload: payload!, retryCount: 0 },
      fixture.dependencies,
    );
    expect(again).toEqual({ status: 'already_settled', outboxStatus: 'uncertain' });
    expect(fixture.transport.calls).toBe(1);
  });

  it('issue 4: a malformed dead job is still stored with its reason and drains (the queue never blocks)', async () => {
    await handleDeadSendJob(
      { id: 'poison-1', name: 'send-email.dead', payload: { nonsense: true }, retryCount: 3 },
      fixture.dependencies,
    );
    await handleDeadSendJob(
      { id: 'poison-1', name: 'send-email.dead', payload: { nonsense: true }, retryCount: 3 },
      fixture.dependencies,
    );
    expect(await deadJobs()).toEqual([{ job_id: 'poison-1', reason: 'send job poison-1 exhausted its retries' }]);
  });
});
