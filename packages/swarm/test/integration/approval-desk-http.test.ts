import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCsvLeadRecordSource } from '../../src/adapters/csv/index.js';
import { loadConfig } from '../../src/config/load-config.js';
import { openSystem, type System } from '../../src/main/open-system.js';
import { serverDependenciesFor } from '../../src/main/serve-command.js';
import { runPipeline } from '../../src/pipeline/run/index.js';
import { createServerApp } from '../../src/server/index.js';
import { repositoryRoot } from '../support/run-cli.js';

const examplesConfig = join(repositoryRoot, 'examples/caio.config.yaml');
const exampleLeads = join(repositoryRoot, 'examples/leads.csv');
const token = 'integration-token-0123456789abcdef0123456789abcdef';
const now = new Date('2026-11-22T10:00:00Z');

async function systemFor(env: Record<string, string>): Promise<System> {
  const home = mkdtempSync(join(tmpdir(), 'caio-http-'));
  return openSystem(loadConfig(examplesConfig, { CAIO_HOME: home, ...env }), {
    inMemory: true,
    clock: { now: () => now },
  });
}

describe('approval desk over HTTP, wired by main/serve-command', () => {
  let system: System | undefined;
  afterEach(async () => {
    await system?.close();
    system = undefined;
  });

  it('SPEC 14: the CAIO_API_TOKEN admin "env" lists the real pipeline queue and approves; the audit actor is "env"', async () => {
    system = await systemFor({ CAIO_API_TOKEN: token });
    const dependencies = await system.pipelineDependencies({ actor: 'test' });
    const report = await runPipeline(createCsvLeadRecordSource(exampleLeads), dependencies, {
      limit: 20,
      chunkSize: 10,
    });
    expect(report.counts.queuedForApproval).toBeGreaterThan(0);
    const app = createServerApp(serverDependenciesFor(system));
    const headers = { Authorization: `Bearer ${token}` };
    const page = (await (await app.request('/api/approvals?status=pending&limit=100', { headers })).json()) as {
      items: { id: string; draft: { body: string }; score: { reasons: string[] } }[];
    };
    expect(page.items).toHaveLength(report.counts.queuedForApproval);
    expect(page.items[0]?.draft.body.length).toBeGreaterThan(0);
    expect(page.items[0]?.score.reasons.length).toBeGreaterThan(0);
    const approved = await app.request(`/api/approvals/${page.items[0]?.id}/approve`, { method: 'POST', headers });
    expect(approved.status).toBe(200);
    const audit = await system.store.audit.query({ agent: 'GATEKEEPER', action: 'approve', limit: 5 });
    expect(audit.items.map((event) => event.actor)).toEqual(['env']);
    const ready = (await (await app.request('/ready')).json()) as { status: string };
    expect(ready.status).toBe('ready');
    const runs = (await (await app.request('/api/runs', { headers })).json()) as { items: unknown[] };
    expect(runs.items).toHaveLength(1);
  });

  it('AUTH-1: with no token configured the wired server answers 503 on /api/*', async () => {
    system = await systemFor({});
    const app = createServerApp(serverDependenciesFor(system));
    expect((await app.request('/api/approvals', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(503);
    expect((await app.request('/health')).status).toBe(200);
  });
});
