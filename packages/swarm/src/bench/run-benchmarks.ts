import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCsvLeadRecordSource } from '../adapters/csv/index.js';
import { loadBenchSettings } from '../config/bench-settings.js';
import { loadConfig } from '../config/load-config.js';
import { openSystem } from '../main/open-system.js';
import { packageRoot } from '../main/resources.js';
import { runPipeline } from '../pipeline/run/index.js';
import { measureApprovalQueue } from './approval-queue-benchmark.js';
import { runBaseline, snapshotPipelineRows } from './baseline-inserts.js';
import { describeFindSlots, measureFindSlots } from './find-slots-bench.js';
import { describeInboxBenchmarks, measureInboxBenchmarks } from './inbox-bench.js';
import { writeResampledLeads } from './resample-leads.js';
import { measureSendQueue } from './send-queue-bench.js';
import { describeWebhookIngest, measureWebhookIngest } from './webhook-ingest-bench.js';

/** One size's measurement. */
interface PipelineMeasurement {
  leads: number;
  pipelineMs: number;
  baselineMs: number;
  leadsPerSecond: number;
  /** Pipeline throughput ÷ baseline throughput (= baseline time ÷ pipeline time). Target ≥ 0.3. */
  ratio: number;
  perLeadMs: number;
  outboxed: number;
  stageMs: Record<string, number>;
}

const repositoryRoot = join(packageRoot, '..', '..');
const { sizes, suites, approvalLeads, approvalSeconds, sendQueueJobs, inboxLeads } = loadBenchSettings();

async function measure(size: number, workDir: string): Promise<PipelineMeasurement> {
  const csvPath = join(workDir, `leads-${size}.csv`);
  writeResampledLeads(join(repositoryRoot, 'examples/leads.csv'), size, csvPath);
  const home = join(workDir, `home-${size}`);
  const config = loadConfig(join(repositoryRoot, 'examples/caio.config.yaml'), { CAIO_HOME: home });
  const system = await openSystem(config);
  try {
    const dependencies = await system.pipelineDependencies({ actor: 'bench' });
    const started = performance.now();
    const report = await runPipeline(createCsvLeadRecordSource(csvPath), dependencies, {
      chunkSize: config.pipeline.chunkSize,
    });
    const pipelineMs = performance.now() - started;
    const snapshot = await snapshotPipelineRows(system.database.db);
    const baselineMs = await runBaseline(system.database.db, csvPath, snapshot, `bench_baseline_${size}`);
    return {
      leads: size,
      pipelineMs,
      baselineMs,
      leadsPerSecond: (size / pipelineMs) * 1000,
      ratio: baselineMs / pipelineMs,
      perLeadMs: pipelineMs / size,
      outboxed: report.counts.outboxed,
      stageMs: Object.fromEntries(report.stages.map((stage) => [stage.name, stage.durationMs])),
    };
  } finally {
    await system.close();
  }
}

async function runPipelineSuite(workDir: string, outputDir: string): Promise<void> {
  const results: PipelineMeasurement[] = [];
  for (const size of sizes) {
    const result = await measure(size, workDir);
    results.push(result);
    process.stdout.write(
      `pipeline ${String(size).padStart(6)} leads: ${(result.pipelineMs / 1000).toFixed(1)} s, ${result.leadsPerSecond.toFixed(0)} leads/s; ` +
        `baseline ${(result.baselineMs / 1000).toFixed(1)} s; ratio ${result.ratio.toFixed(2)} (target ≥ 0.30); ` +
        `stages ${JSON.stringify(result.stageMs)}\n`,
    );
  }
  const first = results[0];
  const last = results.at(-1);
  const perLeadGrowth = first && last ? last.perLeadMs / first.perLeadMs : 1;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `per-lead cost at ${last?.leads} vs ${first?.leads}: ${perLeadGrowth.toFixed(2)}× (target ≤ 1.30); peak RSS ${peakRssMb.toFixed(0)} MB\n`,
  );
  writeFileSync(join(outputDir, 'pipeline.json'), JSON.stringify({ results, perLeadGrowth, peakRssMb }, null, 2));
}

async function runApprovalSuite(workDir: string, outputDir: string): Promise<void> {
  const result = await measureApprovalQueue({
    repositoryRoot,
    workDir,
    leads: approvalLeads,
    durationSeconds: approvalSeconds,
  });
  process.stdout.write(
    `approval queue page (${result.pendingApprovals} pending of ${result.leads} leads, ${result.connections} connections, ${result.durationSeconds} s): ` +
      `API ${result.api.requestsPerSecond.toFixed(0)} req/s p99 ${result.api.p99Ms} ms; ` +
      `bare SQL route ${result.baseline.requestsPerSecond.toFixed(0)} req/s p99 ${result.baseline.p99Ms} ms; ` +
      `ratio ${result.ratio.toFixed(2)} (target ≥ 0.70); non-2xx ${result.api.non2xx + result.baseline.non2xx}, errors ${result.api.errors + result.baseline.errors}\n`,
  );
  writeFileSync(join(outputDir, 'approval-queue.json'), JSON.stringify(result, null, 2));
}

async function runSendQueueSuite(workDir: string, outputDir: string): Promise<void> {
  const result = await measureSendQueue({ repositoryRoot, workDir, jobs: sendQueueJobs });
  process.stdout.write(
    `send queue (${result.jobs} jobs, ${result.mailboxes} mailboxes, ${result.recipientDomains} domains, ${result.simulatedHours.toFixed(1)} h simulated): ` +
      `worker ${result.workerJobsPerSecond.toFixed(0)} jobs/s (${result.sent} sent, ${result.deferred} deferred, ${result.refused} refused); ` +
      `raw pg-boss ${result.baselineJobsPerSecond.toFixed(0)} jobs/s; ratio ${result.ratio.toFixed(2)} (target ≥ 0.50); ` +
      `limit violations ${result.limitViolations.length} (target 0); eligible→dispatch p50 ${result.eligibleToDispatchP50Ms} ms, p99 ${result.eligibleToDispatchP99Ms} ms simulated (target ≤ 1000)\n` +
      result.limitViolations.map((violation) => `  limit violation: ${violation}\n`).join(''),
  );
  writeFileSync(join(outputDir, 'send-queue.json'), JSON.stringify(result, null, 2));
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'caio-bench-'));
  const outputDir = join(repositoryRoot, 'bench-results');
  mkdirSync(outputDir, { recursive: true });
  try {
    if (suites.has('pipeline')) await runPipelineSuite(workDir, outputDir);
    if (suites.has('approvals')) await runApprovalSuite(workDir, outputDir);
    if (suites.has('send-queue')) await runSendQueueSuite(workDir, outputDir);
    if (suites.has('scheduling')) {
      const results = measureFindSlots();
      process.stdout.write(describeFindSlots(results));
      writeFileSync(join(outputDir, 'find-slots.json'), JSON.stringify(results, null, 2));
    }
    if (suites.has('webhooks'))
      process.stdout.write(describeWebhookIngest(await measureWebhookIngest({ workDir, outputDir })));
    if (suites.has('inbox'))
      process.stdout.write(
        describeInboxBenchmarks(
          await measureInboxBenchmarks({ packageRoot, outputDir, leads: inboxLeads, replySeconds: 10 }),
        ),
      );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
