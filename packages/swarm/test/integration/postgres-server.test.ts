import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { openSystem } from '../../src/main/open-system.js';
import { runPipeline } from '../../src/main/run-pipeline-from-csv.js';
import { approveQueuedDraft } from '../../src/pipeline/approval/index.js';
import { sendEmailJob } from '../../src/pipeline/run/index.js';
import { repositoryRoot } from '../support/run-cli.js';
import { serverUrl } from '../support/test-servers.js';

const server = serverUrl('CAIO_TEST_DATABASE_URL');
const databaseName = `caio_test_${randomBytes(4).toString('hex')}`;

function urlFor(database: string): string {
  const url = new URL(server.url as string);
  url.pathname = `/${database}`;
  return url.toString();
}

describe.skipIf(server.skipReason !== null)(
  `PostgreSQL server (DATABASE_URL)${server.skipReason ? ` — skipped: ${server.skipReason}` : ''}`,
  () => {
    const admin = () => new pg.Client({ connectionString: server.url });
    const environment = () => ({
      CAIO_HOME: mkdtempSync(join(tmpdir(), 'caio-pg-')),
      DATABASE_URL: urlFor(databaseName),
      CAIO_UNSUBSCRIBE_SECRET: randomBytes(32).toString('hex'),
    });
    let env: Record<string, string>;

    beforeAll(async () => {
      const client = admin();
      await client.connect();
      await client.query(`CREATE DATABASE ${databaseName}`);
      await client.end();
      env = environment();
    });
    afterAll(async () => {
      const client = admin();
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await client.end();
    });

    it('ADR 0001: the same migrations and pipeline run on a PostgreSQL server; a re-run adds nothing', async () => {
      const config = loadConfig(join(repositoryRoot, 'examples/caio.config.yaml'), env);
      const csvPath = join(repositoryRoot, 'examples/leads.csv');
      const first = await runPipeline({ csvPath, config, limit: 300 });
      expect(first.stages.every((stage) => stage.status === 'PASS')).toBe(true);
      expect(first.counts.outboxed).toBeGreaterThan(0);
      const second = await runPipeline({ csvPath, config, limit: 300 });
      expect(second.counts.drafted).toBe(0);
      expect(second.counts.outboxed).toBe(0);
    }, 120_000);

    it('ADR 0002: on PostgreSQL, approving in assisted mode commits the approval and its send job together', async () => {
      const config = loadConfig(join(repositoryRoot, 'examples/caio.config.yaml'), {
        ...env,
        CAIO_MODE: 'assisted',
        CAIO_UNSUBSCRIBE_BASE_URL: 'https://caio.example.com',
      });
      const system = await openSystem(config);
      try {
        const pending = await system.database.db
          .selectFrom('approvals')
          .select('id')
          .where('status', '=', 'pending')
          .limit(1)
          .executeTakeFirstOrThrow();
        const jobs = await system.jobs();
        const before = await jobs.queuedCount(sendEmailJob);
        await approveQueuedDraft(
          { store: system.store, jobs, clock: system.clock, mode: config.mode },
          { approvalId: pending.id, actor: 'hos' },
        );
        expect(await jobs.queuedCount(sendEmailJob)).toBe(before + 1);
      } finally {
        await system.close();
      }
    }, 120_000);
  },
);
