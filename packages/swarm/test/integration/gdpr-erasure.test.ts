import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createCsvLeadRecordSource } from '../../src/adapters/csv/index.js';
import { eraseSubjectData, exportSubjectData, recordOptOut } from '../../src/compliance/index.js';
import { loadConfig } from '../../src/config/load-config.js';
import { openSystem, type System } from '../../src/main/open-system.js';
import { runPipeline } from '../../src/pipeline/run/index.js';
import { repositoryRoot } from '../support/run-cli.js';

const now = new Date('2026-11-22T10:00:00Z');

/** The first 40 example rows (synthetic `.test` addresses) with a reserved-range phone per row. */
function csvWithPhones(directory: string): string {
  const lines = readFileSync(join(repositoryRoot, 'examples/leads.csv'), 'utf8').split('\n').slice(0, 41);
  const rows = lines.map((line, index) =>
    index === 0 ? `${line},phone` : `${line},+1 202 555 01${String(index).padStart(2, '0')}`,
  );
  const path = join(directory, 'leads.csv');
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}

async function run(system: System, csvPath: string) {
  const dependencies = await system.pipelineDependencies({ actor: 'test' });
  return runPipeline(createCsvLeadRecordSource(csvPath), dependencies, { chunkSize: 20 });
}

/** Every text, varchar and jsonb column of every table in the schema, and the rows in it mentioning `needle`. */
async function plaintextHits(system: System, needle: string): Promise<string[]> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    SELECT c.table_name, c.column_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      AND c.data_type IN ('text', 'character varying', 'jsonb', 'json')`.execute(system.database.db);
  expect(columns.rows.length).toBeGreaterThan(40);
  const hits: string[] = [];
  for (const column of columns.rows) {
    const found = await sql<{ count: number }>`
      SELECT count(*)::int AS count FROM ${sql.id(column.table_name)}
      WHERE lower(${sql.id(column.column_name)}::text) LIKE ${`%${needle.toLowerCase()}%`}`.execute(system.database.db);
    if ((found.rows[0]?.count ?? 0) > 0) hits.push(`${column.table_name}.${column.column_name}`);
  }
  return hits;
}

describe('GDPR export and erasure on the real store', () => {
  let system: System | undefined;
  afterEach(async () => {
    await system?.close();
    system = undefined;
  });

  it('GDPR-1/GDPR-2/GDPR-4: the export holds every store; after erasure no table holds the email, phone or name, and the hash still blocks a re-import', async () => {
    const home = mkdtempSync(join(tmpdir(), 'caio-gdpr-'));
    const csvPath = csvWithPhones(home);
    const config = loadConfig(join(repositoryRoot, 'examples/caio.config.yaml'), { CAIO_HOME: home });
    system = await openSystem(config, { inMemory: true, clock: { now: () => now } });
    await run(system, csvPath);
    const db = system.database.db;
    const drafted = await db
      .selectFrom('approvals')
      .select(['lead_id', 'draft_id as id'])
      .orderBy('created_at')
      .limit(1)
      .executeTakeFirstOrThrow();
    const lead = (await system.store.leads.findById(drafted.lead_id))!;
    const email = lead.email as string;
    const phone = lead.phone as string;
    const name = `${lead.firstName} ${lead.lastName}`;
    expect(phone).toMatch(/555/);

    // Seed the stores the pipeline run does not fill for this person.
    await sql`INSERT INTO draft_ratings (draft_id, rater, personalisation, subject, value, cta, tone, rated_at)
      VALUES (${drafted.id}, 'hos@example.com', 4, 4, 4, 4, 4, ${now})`.execute(db);
    await db
      .insertInto('enrichment_cache')
      .values({ key: `person:email:${email}`, value: JSON.stringify({ person: { phone } }), expires_at: now })
      .execute();
    await system.store.audit.record([
      {
        at: now,
        agent: 'OPERATOR',
        action: 'send_email',
        target: email,
        actor: 'system',
        inputSummary: `to ${name}`,
        outputSummary: null,
        approvalStatus: null,
        evidence: [],
        durationMs: 0,
        outcome: 'shadowed',
        reasonCode: null,
        idempotencyKey: null,
        runId: null,
      },
    ]);
    await recordOptOut(system.compliance, { address: email, source: 'gdpr_objection', reason: 'objection' });

    const exported = await exportSubjectData(system.compliance, { email, channel: 'cli', requestedBy: 'dpo' });
    for (const table of [
      'leads',
      'enrichment_results',
      'scores',
      'drafts',
      'draft_ratings',
      'approvals',
      'audit_events',
      'domain_events',
      'enrichment_cache',
      'suppression_entries',
    ]) {
      expect(exported.records[table]?.length, table).toBeGreaterThan(0);
    }
    expect(exported.records.suppression_entries?.[0]).not.toHaveProperty('email_key');
    expect(JSON.stringify(exported.records.leads)).toContain(email);
    for (const needle of [email, phone, name]) expect((await plaintextHits(system, needle)).length).toBeGreaterThan(0);

    const erasure = await eraseSubjectData(system.compliance, {
      email: email.toUpperCase(),
      channel: 'cli',
      requestedBy: 'dpo',
    });
    expect(erasure.counts.leadsDeleted).toBe(1);
    expect(erasure.vendorPropagation).toEqual([{ vendor: 'none', status: 'not_applicable' }]);
    for (const needle of [email, phone, name]) expect(await plaintextHits(system, needle), needle).toEqual([]);

    const suppression = await db.selectFrom('suppression_entries').selectAll().execute();
    expect(suppression).toHaveLength(1);
    expect(suppression[0]?.email_key).toBeNull();
    expect(await system.store.suppression.suppressedAmong([email])).toEqual(new Set([email]));

    // A re-import of the same CSV brings the person back only as a suppressed, undrafted lead.
    await run(system, csvPath);
    const reimported = (await system.store.leads.findByEmail(email))!;
    expect(reimported.status).toBe('disqualified');
    expect(reimported.disqualificationRule).toBe('suppressed');
    expect(await db.selectFrom('drafts').select('id').where('lead_id', '=', reimported.id).execute()).toEqual([]);

    const requests = await system.compliance.compliance.listDsars();
    expect(requests.map((request) => request.kind).sort()).toEqual(['erase', 'export']);
    for (const request of requests) {
      expect(request.receivedAt).toBeInstanceOf(Date);
      expect(request.completedAt).toBeInstanceOf(Date);
      expect(request.subjectHash).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
