import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCsvLeadRecordSource } from '../../src/adapters/csv/index.js';
import { loadConfig } from '../../src/config/load-config.js';
import { openSystem, type System } from '../../src/main/open-system.js';
import { approveQueuedDraft, rejectQueuedDraft } from '../../src/pipeline/approval/index.js';
import { runPipeline, sendEmailJob } from '../../src/pipeline/run/index.js';
import { repositoryRoot } from '../support/run-cli.js';

const examplesConfig = join(repositoryRoot, 'examples/caio.config.yaml');
const exampleLeads = join(repositoryRoot, 'examples/leads.csv');
const now = new Date('2026-11-22T10:00:00Z');
const realSender = {
  CAIO_UNSUBSCRIBE_BASE_URL: 'https://caio.example.com',
};

async function systemFor(env: Record<string, string> = {}): Promise<System> {
  const home = mkdtempSync(join(tmpdir(), 'caio-desk-'));
  const config = loadConfig(examplesConfig, { CAIO_HOME: home, ...env });
  return openSystem(config, { inMemory: true, clock: { now: () => now } });
}

async function run(system: System, limit = 40) {
  const dependencies = await system.pipelineDependencies({ actor: 'test' });
  return runPipeline(createCsvLeadRecordSource(exampleLeads), dependencies, { limit, chunkSize: 25 });
}

async function pendingApprovals(system: System) {
  const drafts = await system.store.drafts.list({ status: 'pending_approval', limit: 100 });
  const rows = await system.database.db.selectFrom('approvals').selectAll().where('status', '=', 'pending').execute();
  return { drafts: drafts.items, approvals: rows };
}

describe('approval desk on the embedded database', () => {
  let system: System | undefined;
  afterEach(async () => {
    await system?.close();
    system = undefined;
  });

  it('SPEC 3.6: approving records who and when, exactly once; a second decision is a conflict', async () => {
    system = await systemFor();
    await run(system);
    const { approvals } = await pendingApprovals(system);
    const target = approvals[0];
    expect(target).toBeDefined();
    const desk = { store: system.store, jobs: await system.jobs(), clock: system.clock, mode: system.config.mode };
    const approved = await approveQueuedDraft(desk, { approvalId: target!.id, actor: 'hos@example.com' });
    expect(approved).toMatchObject({ status: 'approved', decidedBy: 'hos@example.com' });
    expect((await system.store.drafts.findById(target!.draft_id))?.status).toBe('approved');
    await expect(approveQueuedDraft(desk, { approvalId: target!.id, actor: 'someone-else' })).rejects.toThrow(
      /already approved/,
    );
    await expect(rejectQueuedDraft(desk, { approvalId: target!.id, actor: 'x', reason: 'late' })).rejects.toThrow(
      /already approved/,
    );
    const audit = await system.store.audit.query({ agent: 'GATEKEEPER', action: 'approve', limit: 10 });
    expect(audit.items.map((event) => event.actor)).toEqual(['hos@example.com']);
    expect(await (await system.jobs()).queuedCount(sendEmailJob)).toBe(0);
  });

  it('SPEC 3.6 / STYLE 8: in assisted mode approving enqueues the send in the same transaction', async () => {
    system = await systemFor({ CAIO_MODE: 'assisted', ...realSender });
    await run(system, 20);
    const { approvals } = await pendingApprovals(system);
    expect(approvals.length).toBeGreaterThan(0);
    const desk = { store: system.store, jobs: await system.jobs(), clock: system.clock, mode: system.config.mode };
    await approveQueuedDraft(desk, { approvalId: approvals[0]!.id, actor: 'hos' });
    expect(await (await system.jobs()).queuedCount(sendEmailJob)).toBe(1);
  });

  it('SPEC 3.4 / 3.6: a rejection needs a reason, feeds rejection memory, and the next run rotates the angle', async () => {
    system = await systemFor();
    await run(system);
    const { approvals } = await pendingApprovals(system);
    const target = approvals[0]!;
    const rejectedDraft = await system.store.drafts.findById(target.draft_id);
    const desk = { store: system.store, jobs: await system.jobs(), clock: system.clock, mode: system.config.mode };
    await expect(rejectQueuedDraft(desk, { approvalId: target.id, actor: 'hos', reason: '  ' })).rejects.toThrow(
      /needs a reason/,
    );
    await rejectQueuedDraft(desk, { approvalId: target.id, actor: 'hos', reason: 'too generic' });
    const memory = await system.store.rejectionMemory.forLeads([target.lead_id], new Date(0));
    expect(memory.get(target.lead_id)?.[0]).toMatchObject({ reason: 'too generic', angleId: rejectedDraft?.angleId });
    expect((await system.store.leads.findById(target.lead_id))?.status).toBe('scored');

    const second = await run(system);
    expect(second.counts.drafted).toBe(1);
    const drafts = await system.database.db
      .selectFrom('drafts')
      .selectAll()
      .where('lead_id', '=', target.lead_id)
      .orderBy('created_at')
      .execute();
    expect(drafts).toHaveLength(2);
    // The test clock is frozen, so both drafts share created_at: pick the new one by id, not by order.
    const newDraft = drafts.find((draft) => draft.id !== rejectedDraft?.id);
    expect(newDraft?.angle_id).toBeDefined();
    expect(newDraft?.angle_id).not.toBe(rejectedDraft?.angleId);
  });

  it('RES-5: with EMERGENCY_STOP on, the pipeline still queues drafts but no effect runs, and each refusal is audited', async () => {
    system = await systemFor();
    await system.killSwitches.set('EMERGENCY_STOP', true, 'test');
    const report = await run(system, 15);
    expect(report.counts.queuedForApproval).toBeGreaterThan(0);
    expect(report.counts.outboxed).toBe(0);
    const refusals = await system.store.audit.query({ agent: 'OPERATOR', action: 'send_email', limit: 100 });
    expect(refusals.items.length).toBe(report.counts.queuedForApproval);
    expect(new Set(refusals.items.map((event) => event.reasonCode))).toEqual(new Set(['emergency_stop']));
    await system.killSwitches.set('EMERGENCY_STOP', false, 'test');
    expect((await system.killSwitches.read()).EMERGENCY_STOP).toBe(false);
  });

  it('SPEC 3.7: the EMERGENCY_STOP file alone stops effects (works with the database down)', async () => {
    system = await systemFor();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(system.config.home, 'EMERGENCY_STOP'), 'manual');
    const state = await system.killSwitches.read();
    expect(state.EMERGENCY_STOP).toBe(true);
    expect(state.sources.EMERGENCY_STOP).toBe('file');
  });
});
