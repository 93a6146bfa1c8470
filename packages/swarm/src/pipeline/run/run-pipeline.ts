import { emptyCompanyProfile } from '../../domain/company.js';
import type { LeadRecordSource } from '../../ports/lead-record-source.js';
import type { RunReport, StageName } from '../../ports/run-log.js';
import { stageNames } from '../../ports/run-log.js';
import { addDiscoverChunk, createDiscoverTally, discoverLeads, type DiscoverChunk } from '../discover/index.js';
import { approveChunk, type ApproveTally } from './approve-chunk.js';
import { buildRunReport } from './build-run-report.js';
import { craftChunk, type RejectionsByLead } from './craft-chunk.js';
import { enrichChunk } from './enrich-chunk.js';
import type { PipelineDependencies, PipelineRunOptions } from './pipeline-dependencies.js';
import { segmentChunk } from './segment-chunk.js';
import { sendChunk, type SendTally } from './send-chunk.js';
import { createStageMeter, recordStageError, type StageMeter } from './stage-meter.js';
import { pipelineStatuses, type WorkingLead } from './working-lead.js';

const dayMs = 86_400_000;

/**
 * Runs the lead pipeline (SPEC §3) over a source: discover → enrich → segment → craft → approve →
 * send, chunk by chunk, so memory stays flat and every chunk's results are stored before the next.
 * A stage failure never loses a lead: it stays at its last good stage with the reason, and the
 * stage reports FAIL. Rejected rows, duplicates and disqualifications are outcomes, not failures.
 *
 * @returns the run report, also stored with the run.
 */
export async function runPipeline(
  source: LeadRecordSource,
  dependencies: PipelineDependencies,
  options: PipelineRunOptions = {},
): Promise<RunReport> {
  const { clock, runLog, newId } = dependencies;
  const runId = newId();
  const startedAt = clock.now();
  const monotonic = () => performance.now();
  const meters = Object.fromEntries(stageNames.map((name) => [name, createStageMeter(name, monotonic)])) as Record<
    StageName,
    StageMeter
  >;
  const approveTally: ApproveTally = { blocked: 0, blockedByRule: new Map(), queuedForApproval: 0 };
  const sendTally: SendTally = { outboxed: 0, approved: 0, parked: 0, refusedByReason: new Map() };
  const tiers = { tier_1: 0, tier_2: 0, tier_3: 0, disqualified: 0 };
  const disqualifications = new Map<string, number>();
  let discoverTally = createDiscoverTally();
  let remaining = options.limit ?? Number.POSITIVE_INFINITY;
  await runLog.start({ id: runId, mode: dependencies.mode, source: source.name, startedAt });

  const chunks = discoverLeads(source, { chunkSize: options.chunkSize ?? 1000 });
  while (remaining > 0) {
    const discover = meters.discover;
    let chunk: DiscoverChunk | undefined;
    try {
      chunk = await discover.time(async () => (await chunks.next()).value ?? undefined);
    } catch (error) {
      recordStageError(discover, 1, error);
      break;
    }
    if (!chunk) break;
    if (chunk.candidates.length > remaining) chunk.candidates = chunk.candidates.slice(0, remaining);
    remaining -= chunk.candidates.length;
    discoverTally = addDiscoverChunk(discoverTally, chunk);
    const working = await discover.time(() =>
      storeDiscovered(chunk as DiscoverChunk, dependencies, runId, meters.discover),
    );
    dependencies.onProgress?.({ stage: 'discover', processed: discoverTally.rowsRead });
    if (!working) continue;
    await processChunk(working, dependencies, meters, { approveTally, sendTally, tiers, disqualifications }, runId);
  }
  const report = buildRunReport({
    runId,
    mode: dependencies.mode,
    source: source.name,
    startedAt,
    finishedAt: clock.now(),
    meters,
    discoverTally,
    approveTally,
    sendTally,
    tiers,
    disqualifications,
    enrichmentStats: dependencies.enrichment.stats(),
  });
  await runLog.finish(report);
  return report;
}

async function storeDiscovered(
  chunk: DiscoverChunk,
  dependencies: PipelineDependencies,
  runId: string,
  meter: StageMeter,
): Promise<WorkingLead[] | null> {
  meter.input += chunk.rowsRead;
  await dependencies.runLog.recordRejectedRows(
    runId,
    chunk.rejected.map((rejection) => ({ row: rejection.row, reason: rejection.reason, record: {} })),
  );
  try {
    const stored = await dependencies.store.leads.upsertMany([...chunk.candidates, ...chunk.updatedCandidates]);
    meter.output += chunk.candidates.length;
    // Leads updated by a later duplicate were already processed with their first chunk.
    return stored
      .slice(0, chunk.candidates.length)
      .filter((entry) => pipelineStatuses.has(entry.lead.status))
      .map((entry) => ({
        lead: entry.lead,
        company: emptyCompanyProfile(),
        signals: [],
        evidence: [],
        enrichmentAttempts: 0,
      }));
  } catch (error) {
    recordStageError(meter, chunk.candidates.length, error);
    return null;
  }
}

interface RunTallies {
  approveTally: ApproveTally;
  sendTally: SendTally;
  tiers: Record<'tier_1' | 'tier_2' | 'tier_3' | 'disqualified', number>;
  disqualifications: Map<string, number>;
}

async function processChunk(
  working: WorkingLead[],
  dependencies: PipelineDependencies,
  meters: Record<StageName, StageMeter>,
  tallies: RunTallies,
  runId: string,
): Promise<void> {
  const progress = (stage: StageName) => dependencies.onProgress?.({ stage, processed: meters[stage].input });
  const guarded = async <T>(stage: StageName, count: number, work: () => Promise<T>): Promise<T | null> => {
    try {
      return await meters[stage].time(work);
    } catch (error) {
      recordStageError(meters[stage], count, error);
      return null;
    } finally {
      progress(stage);
    }
  };
  if (
    (await guarded('enrich', working.length, () => enrichChunk(working, dependencies, meters.enrich, runId))) === null
  )
    return;
  const qualified = await guarded('segment', working.length, () =>
    segmentChunk(working, dependencies, meters.segment, runId),
  );
  if (!qualified) return;
  for (const item of working) {
    const rule = item.score?.disqualification?.rule;
    if (rule) {
      tallies.tiers.disqualified += 1;
      tallies.disqualifications.set(rule, (tallies.disqualifications.get(rule) ?? 0) + 1);
    } else if (item.score?.tier) tallies.tiers[item.score.tier] += 1;
  }
  const guardSettings = dependencies.guard;
  const memoryDays = guardSettings.rejectionMemoryDays ?? 30;
  const rejections: RejectionsByLead = await dependencies.store.rejectionMemory.forLeads(
    qualified.map((item) => item.lead.id),
    new Date(dependencies.clock.now().getTime() - memoryDays * dayMs),
  );
  const crafted = await guarded('craft', qualified.length, () =>
    craftChunk(qualified, rejections, dependencies, meters.craft, runId),
  );
  if (!crafted) return;
  // A retry of work already counted: timed into the stages, but not counted as more leads.
  const secondEnrichment = async (item: WorkingLead) => {
    const enrichRetry = createStageMeter('enrich', () => performance.now());
    const craftRetry = createStageMeter('craft', () => performance.now());
    await enrichRetry.time(() => enrichChunk([item], dependencies, enrichRetry, runId));
    const [recrafted] = await craftRetry.time(() =>
      craftChunk([{ ...item, draft: undefined }], rejections, dependencies, craftRetry, runId),
    );
    if (recrafted?.draft) item.draft = recrafted.draft;
    meters.enrich.durationMs += enrichRetry.durationMs;
    meters.craft.durationMs += craftRetry.durationMs;
    meters.enrich.failed += enrichRetry.failed;
    meters.craft.failed += craftRetry.failed;
  };
  const queued = await guarded('approve', crafted.length, () =>
    approveChunk(crafted, rejections, dependencies, meters.approve, tallies.approveTally, runId, secondEnrichment),
  );
  if (!queued) return;
  await guarded('send', queued.length, () => sendChunk(queued, dependencies, meters.send, tallies.sendTally, runId));
}
