import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freezeApprovalBatch, handleExecuteApprovalBatchJob } from '../pipeline/approval/index.js';
import type { ChatMessageContent, ChatMessageRef, ChatNotifier } from '../ports/chat-notifier.js';
import { createOnceKeyStore } from '../store/repositories/once-key-repository.js';
import {
  createApprovalDeskFixture,
  fixtureServerDependencies,
  type ApprovalDeskFixture,
} from '../test-support/approval-desk-fixture.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createMemoryReplayStore } from '../webhooks/index.js';
import { createServerApp } from './create-server-app.js';
import { deskDependenciesOf } from './desk-dependencies-of.js';
import type { ServerDependencies } from './server-dependencies.js';

const signingSecret = 'slack-signing-secret-current';
const previousSecret = 'slack-signing-secret-previous';
const approver = 'U0APPROVER';

function clickBody(value: Record<string, string>, userId = approver): string {
  const payload = {
    type: 'block_actions',
    user: { id: userId },
    container: { channel_id: 'C0APPROVALS', message_ts: '1767600000.000100' },
    actions: [{ action_id: 'approval_approve', value: JSON.stringify(value) }],
  };
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

function signed(body: string, timestampSeconds: number, secret = signingSecret): RequestInit {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestampSeconds}:${body}`).digest('hex')}`;
  return {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Slack-Request-Timestamp': String(timestampSeconds),
      'X-Slack-Signature': signature,
    },
    body,
  };
}

function recordingNotifier(): ChatNotifier & { updates: { ref: ChatMessageRef; content: ChatMessageContent }[] } {
  const updates: { ref: ChatMessageRef; content: ChatMessageContent }[] = [];
  const unused = async (): Promise<never> => {
    throw new Error('not used by the interactions route');
  };
  return {
    slug: 'recording',
    updates,
    updateMessage: async (ref, content) => {
      updates.push({ ref, content });
      return ref;
    },
    postMessage: unused,
    postAlert: unused,
    checkApprovers: unused,
  };
}

describe('POST /slack/interactions (SPEC 3.6 Slack approvals, WH-1..WH-9)', () => {
  let database: TestDatabase;
  let fixture: ApprovalDeskFixture;
  let notifier: ReturnType<typeof recordingNotifier>;
  let dependencies: ServerDependencies;
  let app: ReturnType<typeof createServerApp>;
  const nowSeconds = () => Math.floor(fixture.clock.now().getTime() / 1000);
  const approvalStatus = async (id: string) => (await fixture.store.approvals.findById(id))?.status;
  /** A new app over the same database: a fresh in-memory replay cache, as after a restart. */
  const restartedApp = () =>
    createServerApp({
      ...dependencies,
      slack: { ...dependencies.slack!, replayStore: createMemoryReplayStore(fixture.clock) },
    });

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    fixture = createApprovalDeskFixture(database);
    notifier = recordingNotifier();
    dependencies = {
      ...fixtureServerDependencies(fixture, database),
      slack: {
        signingSecrets: [signingSecret, previousSecret],
        approverUserIds: [approver],
        onceKeys: createOnceKeyStore(database.db),
        replayStore: createMemoryReplayStore(fixture.clock),
        notifier,
      },
    };
    app = createServerApp(dependencies);
  });

  async function pendingItem() {
    const { approvalIds } = await fixture.seedQueue(1);
    const approval = (await fixture.store.approvals.findById(approvalIds[0]!))!;
    return { approvalId: approval.id, previewHash: approval.contentHash };
  }

  it('WH-2: a valid per-item click approves once, with the Slack user as audit actor, and updates the message', async () => {
    const item = await pendingItem();
    const body = clickBody({ approval_id: item.approvalId, preview_hash: item.previewHash, decision: 'approve' });
    const response = await app.request('/slack/interactions', signed(body, nowSeconds()));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, decision: 'approve', actor: `slack:${approver}` });
    const approval = await fixture.store.approvals.findById(item.approvalId);
    expect(approval).toMatchObject({ status: 'approved', decidedBy: `slack:${approver}` });
    expect(fixture.jobs.sent.map((job) => job.name)).toEqual(['send-email']);
    expect(notifier.updates).toEqual([
      {
        ref: { channel: 'C0APPROVALS', ts: '1767600000.000100' },
        content: { text: `:white_check_mark: Approved by <@${approver}>` },
      },
    ]);
  });

  it('WH-6: a click signed with the previous secret during rotation is accepted; rejecting records the reason', async () => {
    const item = await pendingItem();
    const body = clickBody({ approval_id: item.approvalId, preview_hash: item.previewHash, decision: 'reject' });
    const response = await app.request('/slack/interactions', signed(body, nowSeconds(), previousSecret));
    expect(response.status).toBe(200);
    expect(await fixture.store.approvals.findById(item.approvalId)).toMatchObject({
      status: 'rejected',
      decidedBy: `slack:${approver}`,
      reason: `Rejected in Slack by slack:${approver}`,
    });
    expect(fixture.jobs.sent).toEqual([]);
  });

  it('WH-2: a tampered body, a stale or future timestamp (±301 s) and missing headers answer 401 with no effect', async () => {
    const item = await pendingItem();
    const body = clickBody({ approval_id: item.approvalId, preview_hash: item.previewHash, decision: 'approve' });
    const valid = signed(body, nowSeconds());
    const tampered = { ...valid, body: body.replace('approve', 'reject') };
    for (const request of [
      tampered,
      signed(body, nowSeconds() - 301),
      signed(body, nowSeconds() + 301),
      signed(body, nowSeconds(), 'some-other-secret'),
      { method: 'POST', body },
    ]) {
      const response = await app.request('/slack/interactions', request);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'invalid_signature' } });
    }
    expect(await approvalStatus(item.approvalId)).toBe('pending');
  });

  it('WH-2: a timestamp exactly 300 s old is still inside the window', async () => {
    const item = await pendingItem();
    const body = clickBody({ approval_id: item.approvalId, preview_hash: item.previewHash, decision: 'approve' });
    expect((await app.request('/slack/interactions', signed(body, nowSeconds() - 300))).status).toBe(200);
    expect(await approvalStatus(item.approvalId)).toBe('approved');
  });

  it('WH-4: a replayed request answers 200 duplicate and executes nothing, even after a restart', async () => {
    const item = await pendingItem();
    const body = clickBody({ approval_id: item.approvalId, preview_hash: item.previewHash, decision: 'approve' });
    const request = signed(body, nowSeconds());
    expect((await app.request('/slack/interactions', request)).status).toBe(200);
    const replay = await app.request('/slack/interactions', request);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ duplicate: true });
    // After a restart the replay cache is empty, and a re-signed copy has a new signature: the
    // database once-key still refuses it.
    fixture.clock.advance(1_000);
    const afterRestart = await restartedApp().request('/slack/interactions', signed(body, nowSeconds()));
    expect(await afterRestart.json()).toEqual({ duplicate: true });
    expect(fixture.jobs.sent).toHaveLength(1);
    expect(notifier.updates).toHaveLength(1);
  });

  it('WH-9: a non-approver, forged free text and a tampered button value do nothing', async () => {
    const item = await pendingItem();
    const stranger = clickBody(
      { approval_id: item.approvalId, preview_hash: item.previewHash, decision: 'approve' },
      'U0STRANGER',
    );
    const tamperedValue = clickBody({
      approval_id: item.approvalId,
      preview_hash: 'f'.repeat(64),
      decision: 'approve',
    });
    const cases: [string, string][] = [
      [stranger, 'approver_not_allowed'],
      [`text=${encodeURIComponent(`approve ${item.approvalId}`)}&user_id=${approver}`, 'not_an_approval_click'],
      [tamperedValue, 'binding_mismatch'],
    ];
    for (const [body, reason] of cases) {
      const response = await app.request('/slack/interactions', signed(body, nowSeconds()));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: false, ignored: reason });
    }
    expect(await approvalStatus(item.approvalId)).toBe('pending');
    expect(fixture.jobs.sent).toEqual([]);
  });

  it('SPEC 3.6: a batch click approves the frozen batch and enqueues its execution; an expired batch does nothing', async () => {
    await fixture.seedQueue(2);
    const desk = deskDependenciesOf(dependencies);
    const { batch } = await freezeApprovalBatch(desk, { filter: { status: 'pending' }, actor: 'admin@example.com' });
    const value = { batch_id: batch.id, preview_hash: batch.previewHash, decision: 'approve' };
    const response = await app.request('/slack/interactions', signed(clickBody(value), nowSeconds()));
    expect(await response.json()).toMatchObject({ ok: true, enqueued: true });
    expect((await fixture.desk.batches.findById(batch.id))?.status).toBe('approved');
    expect(fixture.jobs.sent.map((job) => [job.name, job.payload])).toEqual([
      ['approval-batch-execute', { batchId: batch.id, actor: `slack:${approver}` }],
    ]);
    const payload = { batchId: batch.id, actor: `slack:${approver}` };
    await handleExecuteApprovalBatchJob(desk, { id: 'job-1', name: 'approval-batch-execute', payload, retryCount: 0 });
    expect((await fixture.desk.batches.findById(batch.id))?.status).toBe('executed');
    expect(fixture.jobs.sent.filter((job) => job.name === 'send-email')).toHaveLength(2);

    await fixture.seedQueue(1);
    const { batch: later } = await freezeApprovalBatch(desk, {
      filter: { status: 'pending' },
      actor: 'admin@example.com',
    });
    fixture.clock.advance(16 * 60_000);
    const laterValue = { batch_id: later.id, preview_hash: later.previewHash, decision: 'approve' };
    const expired = await app.request('/slack/interactions', signed(clickBody(laterValue), nowSeconds()));
    expect(await expired.json()).toEqual({ ok: false, ignored: 'expired' });
    expect((await fixture.desk.batches.findById(later.id))?.status).toBe('frozen');
  });

  it('WH-1/WH-5: a body over 1 MiB answers 413; no signing secret answers 503', async () => {
    const huge = `payload=${'x'.repeat(1024 * 1024 + 1)}`;
    expect((await app.request('/slack/interactions', signed(huge, nowSeconds()))).status).toBe(413);
    const unconfigured = createServerApp({ ...dependencies, slack: { ...dependencies.slack!, signingSecrets: [] } });
    const response = await unconfigured.request('/slack/interactions', signed('payload=%7B%7D', nowSeconds()));
    expect(response.status).toBe(503);
    const { slack: _slack, ...withoutSlack } = dependencies;
    expect((await createServerApp(withoutSlack).request('/slack/interactions', { method: 'POST' })).status).toBe(503);
  });
});
