import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCsvLeadRecordSource } from '../../src/adapters/csv/index.js';
import { createUnsubscribeToken, recordOptOut } from '../../src/compliance/index.js';
import { loadConfig } from '../../src/config/load-config.js';
import { openSystem, type System } from '../../src/main/open-system.js';
import { serverDependenciesFor } from '../../src/main/serve-command.js';
import { runPipeline } from '../../src/pipeline/run/index.js';
import { createServerApp } from '../../src/server/index.js';
import { repositoryRoot } from '../support/run-cli.js';

const now = new Date('2026-11-22T10:00:00Z');
const secret = 'integration-unsubscribe-secret-0123456789';

/** The first 40 rows of the example leads (synthetic `.test` addresses), as a small CSV. */
function smallCsv(directory: string): string {
  const lines = readFileSync(join(repositoryRoot, 'examples/leads.csv'), 'utf8').split('\n').slice(0, 41);
  const path = join(directory, 'leads.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function openShadowSystem(home: string): Promise<System> {
  const config = loadConfig(join(repositoryRoot, 'examples/caio.config.yaml'), {
    CAIO_HOME: home,
    CAIO_UNSUBSCRIBE_SECRET: secret,
  });
  expect(config.mode).toBe('shadow');
  return openSystem(config, { inMemory: true, clock: { now: () => now } });
}

async function run(system: System, csvPath: string) {
  const dependencies = await system.pipelineDependencies({ actor: 'test' });
  return runPipeline(createCsvLeadRecordSource(csvPath), dependencies, { chunkSize: 20 });
}

async function draftsAndOutboxFor(system: System, leadId: string) {
  const drafts = await system.database.db.selectFrom('drafts').select('id').where('lead_id', '=', leadId).execute();
  const outbox = await system.store.outbox.list({ leadId, limit: 100 });
  return { drafts: drafts.length, outbox: outbox.length };
}

describe('opt-out end to end on the real pipeline (EM-3, EM-4)', () => {
  let system: System | undefined;
  afterEach(async () => {
    await system?.close();
    system = undefined;
  });

  it('EM-4: after a one-click POST the lead is unsubscribed and suppressed, and the next shadow run drafts and outboxes nothing more for it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'caio-optout-'));
    const csvPath = smallCsv(home);
    system = await openShadowSystem(home);
    await run(system, csvPath);
    const drafted = await system.database.db.selectFrom('drafts').select('lead_id').limit(1).executeTakeFirstOrThrow();
    const lead = (await system.store.leads.findById(drafted.lead_id))!;
    const address = lead.email as string;
    const before = await draftsAndOutboxFor(system, lead.id);

    const app = createServerApp(serverDependenciesFor(system));
    const token = createUnsubscribeToken(secret, address, 'cold-outreach', { issuedAt: now });
    const response = await app.request(`/u/${token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    expect((await system.store.leads.findById(lead.id))?.status).toBe('unsubscribed');
    expect(await system.store.suppression.suppressedAmong([address])).toEqual(new Set([address]));

    // A re-run over the same CSV: the lead stays terminal and gets nothing new.
    await run(system, csvPath);
    expect((await system.store.leads.findById(lead.id))?.status).toBe('unsubscribed');
    expect(await draftsAndOutboxFor(system, lead.id)).toEqual(before);
  });

  it('EM-4: an address opted out (reply intent) before it is ever imported is never drafted or outboxed', async () => {
    const home = mkdtempSync(join(tmpdir(), 'caio-optout-'));
    const csvPath = smallCsv(home);
    system = await openShadowSystem(home);
    // Every address of the CSV, so whichever the pipeline would have drafted is suppressed.
    const addresses = readFileSync(csvPath, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[4])
      .filter((value): value is string => Boolean(value));
    for (const address of addresses) {
      await recordOptOut(system.compliance, { address, source: 'reply_intent', reason: 'reply intent: stop' });
    }
    await run(system, csvPath);
    expect(await system.database.db.selectFrom('drafts').select('id').execute()).toHaveLength(0);
    expect(await system.database.db.selectFrom('outbox').select('id').execute()).toHaveLength(0);
    const events = await system.database.db
      .selectFrom('domain_events')
      .select('type')
      .where('type', '=', 'opt-out-received')
      .execute();
    expect(events).toHaveLength(addresses.length);
  });
});
