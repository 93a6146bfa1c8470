import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

interface StageLine {
  name: string;
  status: string;
  input: number;
  output: number;
  failed: number;
  durationMs: number;
}
interface Report {
  runId: string;
  mode: string;
  stages: StageLine[];
  counts: Record<string, number>;
  rejectedRows: { row: number; reason: string }[];
}

async function tableCounts(home: string): Promise<Record<string, number>> {
  const database = await PGlite.create(join(home, 'pgdata'));
  try {
    const counts: Record<string, number> = {};
    for (const table of ['leads', 'drafts', 'approvals', 'outbox']) {
      const result = await database.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table}`);
      counts[table] = result.rows[0]?.count ?? -1;
    }
    return counts;
  } finally {
    await database.close();
  }
}

describe('caio run on the bundled example (README quick start)', () => {
  const home = mkdtempSync(join(tmpdir(), 'caio-e2e-'));
  const env = { CAIO_HOME: home };
  let report: Report;
  let firstCounts: Record<string, number>;

  beforeAll(async () => {
    const result = await runCli(['run', 'examples/leads.csv', '--config', 'examples/caio.config.yaml', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    report = JSON.parse(result.stdout) as Report;
    firstCounts = await tableCounts(home);
  }, 180_000);
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('SPEC 3: all six stages PASS in shadow mode, and --json prints only the report object', () => {
    expect(report.mode).toBe('shadow');
    expect(report.stages.map((stage) => [stage.name, stage.status])).toEqual([
      ['discover', 'PASS'],
      ['enrich', 'PASS'],
      ['segment', 'PASS'],
      ['craft', 'PASS'],
      ['approve', 'PASS'],
      ['send', 'PASS'],
    ]);
  });

  it('SPEC 3.1: rowsRead = imported + duplicates + rejected, and every malformed row is reported by number', () => {
    const { rowsRead, imported, duplicates, rejected } = report.counts;
    expect(rowsRead).toBe(2259);
    expect(imported + duplicates + rejected).toBe(rowsRead);
    expect(report.rejectedRows.map((row) => row.row).sort((left, right) => left - right)).toEqual([
      763, 767, 1443, 1475,
    ]);
    for (const row of report.rejectedRows) expect(row.reason).toMatch(/email .* is not a valid email address/);
  });

  it('SPEC 3.3: the example ICP yields at least 5% tier_1 and a non-empty approval queue', async () => {
    const tier1 = await runCli(['leads', '--tier', 'tier_1', '--limit', '1', '--json'], env);
    const { total } = JSON.parse(tier1.stdout) as { total: number };
    expect(total / report.counts.imported).toBeGreaterThanOrEqual(0.05);
    expect(report.counts.queuedForApproval).toBeGreaterThan(0);
  });

  it('SPEC 3.3: every disqualified lead carries the rule that matched', async () => {
    const result = await runCli(['leads', '--status', 'disqualified', '--limit', '5000', '--json'], env);
    const listing = JSON.parse(result.stdout) as {
      items: { disqualificationRule: string | null; email: string | null }[];
      total: number;
    };
    expect(listing.total).toBe(report.counts.disqualified);
    const rules = new Set(listing.items.map((lead) => lead.disqualificationRule));
    expect(rules.has(null)).toBe(false);
    expect(rules).toContain('role_account');
    expect(rules).toContain('company_inactive');
    const roleAccounts = listing.items.filter((lead) => lead.disqualificationRule === 'role_account');
    for (const lead of roleAccounts) expect(lead.email).toMatch(/^(sales|info|hello|partnerships|team)@/);
  });

  it('SPEC 3.4: every draft has two distinct subjects, evidence, the postal address and an unsubscribe link', async () => {
    const result = await runCli(['drafts', '--limit', '5000', '--json'], env);
    const listing = JSON.parse(result.stdout) as {
      items: { subjectA: string; subjectB: string; body: string; evidence: unknown[] }[];
      total: number;
    };
    expect(listing.total).toBe(report.counts.drafted);
    for (const draft of listing.items) {
      expect(draft.subjectA).not.toBe(draft.subjectB);
      expect(draft.evidence.length).toBeGreaterThan(0);
      expect(draft.body).toContain('1 Example Plaza, Suite 100, Springfield, ZZ 00000');
      expect(draft.body).toMatch(/http:\/\/127\.0\.0\.1:8080\/u\/[A-Za-z0-9_-]{20,}/);
      expect(draft.body).toContain('https://example.com/book/alex');
      expect(draft.body).not.toMatch(/^(Hi|Hello|Hey) ,/m);
    }
  });

  it('SPEC 1.1 / EM-2: outbox messages parse as RFC 5322 with both List-Unsubscribe headers and status shadow', async () => {
    expect(report.counts.outboxed).toBeGreaterThan(0);
    expect(firstCounts.outbox).toBe(report.counts.outboxed);
    const database = await PGlite.create(join(home, 'pgdata'));
    try {
      const rows = await database.query<{ raw: string; status: string; message_id: string }>(
        'SELECT raw, status, message_id FROM outbox',
      );
      for (const row of rows.rows) {
        expect(row.status).toBe('shadow');
        const parsed = await simpleParser(row.raw);
        expect(parsed.messageId).toBe(row.message_id);
        const headerLine = (key: string) => parsed.headerLines.find((line) => line.key === key)?.line ?? '';
        expect(headerLine('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
        expect(headerLine('list-unsubscribe')).toMatch(
          /^List-Unsubscribe:\s+<http:\/\/127\.0\.0\.1:8080\/u\/[A-Za-z0-9_-]+>/,
        );
        expect(parsed.text).toContain('Springfield');
      }
    } finally {
      await database.close();
    }
  });

  it('SPEC 4: after a run the funnel counters match the leads, stage by stage', async () => {
    const database = await PGlite.create(join(home, 'pgdata'));
    try {
      const counters = await database.query<{ stage: string; count: number }>(
        'SELECT stage, count::int AS count FROM funnel_counters',
      );
      const byStage = Object.fromEntries(counters.rows.map((row) => [row.stage, row.count]));
      const leads = await database.query<{ status: string; count: number }>(
        'SELECT status, count(*)::int AS count FROM leads GROUP BY status',
      );
      const total = leads.rows.reduce((sum, row) => sum + row.count, 0);
      expect(Object.values(byStage).reduce((sum, count) => sum + count, 0)).toBe(total);
      const disqualified = leads.rows.find((row) => row.status === 'disqualified')?.count ?? 0;
      expect(byStage.terminal).toBe(disqualified);
    } finally {
      await database.close();
    }
  });

  it('SPEC 1.3: a second run of the same file adds no leads, drafts or outbox messages', async () => {
    const again = await runCli(['run', 'examples/leads.csv', '--config', 'examples/caio.config.yaml', '--json'], env);
    expect(again.code, again.stderr).toBe(0);
    const second = JSON.parse(again.stdout) as Report;
    expect(second.counts.drafted).toBe(0);
    expect(second.counts.outboxed).toBe(0);
    expect(await tableCounts(home)).toEqual(firstCounts);
  }, 120_000);
});
