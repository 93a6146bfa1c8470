import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { createCsvLeadRecordSource } from '../adapters/csv/index.js';
import { loadConfig } from '../config/load-config.js';
import { openSystem, type System } from '../main/open-system.js';
import { serverDependenciesFor } from '../main/serve-command.js';
import { runPipeline } from '../pipeline/run/index.js';
import { createServerApp } from '../server/index.js';
import { writeResampledLeads } from './resample-leads.js';

/** One endpoint's load-test result. */
export interface EndpointLoad {
  requestsPerSecond: number;
  /** 99th-percentile latency in milliseconds. */
  p99Ms: number;
  non2xx: number;
  errors: number;
}

/** The approval-queue page benchmark (issue 3). */
export interface ApprovalQueueMeasurement {
  leads: number;
  pendingApprovals: number;
  connections: number;
  durationSeconds: number;
  api: EndpointLoad;
  baseline: EndpointLoad;
  /** API req/s ÷ baseline req/s. Target ≥ 0.7. */
  ratio: number;
}

const pageSize = 50;
const connections = 50;

/**
 * The baseline: the same first 50 pending approvals with their draft, lead and latest score, in one
 * plain SQL statement (page of approvals first, then the joins), returned as JSON with no auth,
 * validation or mapping.
 */
function bareQueueRoute(system: System): Hono {
  const bare = new Hono();
  bare.get('/bench/bare-approvals', async (context) => {
    const result = await sql<Record<string, unknown>>`
      select a.*, d.subject_a, d.subject_b, d.body, d.evidence, d.angle_id, l.first_name, l.last_name,
             l.title, l.email, l.company_name, l.tier, l.score as lead_score, s.score, s.components, s.reasons
      from (select * from approvals where status = 'pending' order by created_at, id limit ${pageSize}) a
      join drafts d on d.id = a.draft_id
      join leads l on l.id = a.lead_id
      left join lateral (
        select * from scores where scores.lead_id = a.lead_id order by scored_at desc, id desc limit 1
      ) s on true
      order by a.created_at, a.id`.execute(system.database.db);
    return context.json({ items: result.rows });
  });
  return bare;
}

/** One autocannon run; its client runs in a worker thread, so it does not share the server's event loop. */
async function load(url: string, headers: Record<string, string>, durationSeconds: number): Promise<EndpointLoad> {
  const result = await autocannon({ url, connections, duration: durationSeconds, headers, workers: 1 });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Sums rounds of one endpoint: mean req/s, worst p99, all non-2xx and errors. */
function combined(rounds: readonly EndpointLoad[]): EndpointLoad {
  return {
    requestsPerSecond: rounds.reduce((total, round) => total + round.requestsPerSecond, 0) / rounds.length,
    p99Ms: Math.max(...rounds.map((round) => round.p99Ms)),
    non2xx: rounds.reduce((total, round) => total + round.non2xx, 0),
    errors: rounds.reduce((total, round) => total + round.errors, 0),
  };
}

/**
 * Measures `GET /api/approvals?status=pending&limit=50` on the real server (`@hono/node-server` on
 * 127.0.0.1, port 0; PGlite seeded by the real pipeline on `leads` resampled leads) against a bare
 * Hono route on the same listener and database reading the same 50 rows with one SQL query, each with
 * `connections` concurrent connections for `durationSeconds` in total, as two alternating halves
 * (after a 2 s warm-up each).
 */
export async function measureApprovalQueue(options: {
  repositoryRoot: string;
  workDir: string;
  leads: number;
  durationSeconds: number;
}): Promise<ApprovalQueueMeasurement> {
  const csvPath = join(options.workDir, `approval-leads-${options.leads}.csv`);
  writeResampledLeads(join(options.repositoryRoot, 'examples/leads.csv'), options.leads, csvPath);
  const token = randomBytes(32).toString('hex');
  const config = loadConfig(join(options.repositoryRoot, 'examples/caio.config.yaml'), {
    CAIO_HOME: join(options.workDir, 'approval-home'),
    CAIO_API_TOKEN: token,
  });
  const system = await openSystem(config);
  try {
    const dependencies = await system.pipelineDependencies({ actor: 'bench' });
    await runPipeline(createCsvLeadRecordSource(csvPath), dependencies, { chunkSize: config.pipeline.chunkSize });
    const counted = await sql<{
      count: number;
    }>`select count(*)::int as count from approvals where status = 'pending'`.execute(system.database.db);
    const app = createServerApp({ ...serverDependenciesFor(system), onUnexpectedError: () => undefined });
    const bare = bareQueueRoute(system);
    const server = serve({
      fetch: (request, env) =>
        new URL(request.url).pathname.startsWith('/bench/') ? bare.fetch(request, env) : app.fetch(request, env),
      hostname: '127.0.0.1',
      port: 0,
    });
    await new Promise<void>((resolveListening) => server.once('listening', () => resolveListening()));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const apiUrl = `${base}/api/approvals?status=pending&limit=${pageSize}`;
      const bareUrl = `${base}/bench/bare-approvals`;
      const authorization = { Authorization: `Bearer ${token}` };
      // Alternating halves, so drift on a shared machine (other processes, GC, caches) hits both alike.
      const half = options.durationSeconds / 2;
      await load(bareUrl, {}, 2);
      await load(apiUrl, authorization, 2);
      const baselineRounds: EndpointLoad[] = [];
      const apiRounds: EndpointLoad[] = [];
      for (let round = 0; round < 2; round += 1) {
        baselineRounds.push(await load(bareUrl, {}, half));
        apiRounds.push(await load(apiUrl, authorization, half));
      }
      const baseline = combined(baselineRounds);
      const api = combined(apiRounds);
      return {
        leads: options.leads,
        pendingApprovals: counted.rows[0]?.count ?? 0,
        connections,
        durationSeconds: options.durationSeconds,
        api,
        baseline,
        ratio: api.requestsPerSecond / baseline.requestsPerSecond,
      };
    } finally {
      await new Promise<void>((resolveClosed) => server.close(() => resolveClosed()));
    }
  } finally {
    await system.close();
  }
}
