import type { Mode } from '../../domain/agents.js';
import type { RunReport, StageName } from '../../ports/run-log.js';
import { stageNames } from '../../ports/run-log.js';
import type { DiscoverTally } from '../discover/index.js';
import type { EnrichmentWaterfallStats } from '../enrich/index.js';
import type { ApproveTally } from './approve-chunk.js';
import type { SendTally } from './send-chunk.js';
import type { StageMeter } from './stage-meter.js';

/** Everything a run accumulated, turned into its report. */
export interface RunReportInputs {
  runId: string;
  mode: Mode;
  source: string;
  startedAt: Date;
  finishedAt: Date;
  meters: Record<StageName, StageMeter>;
  discoverTally: DiscoverTally;
  approveTally: ApproveTally;
  sendTally: SendTally;
  tiers: RunReport['tierDistribution'];
  disqualifications: Map<string, number>;
  enrichmentStats: EnrichmentWaterfallStats;
}

const sortedCounts = (counts: Map<string, number>) =>
  [...counts.entries()]
    .map(([rule, count]) => ({ rule, count }))
    .sort((left, right) => right.count - left.count || left.rule.localeCompare(right.rule));

/** Builds the run report of the "Foundation" issue §5 (JSON shape) from the run's tallies. */
export function buildRunReport(inputs: RunReportInputs): RunReport {
  const stages = stageNames.map((name) => inputs.meters[name].report());
  const { discoverTally, approveTally, sendTally, meters } = inputs;
  return {
    runId: inputs.runId,
    mode: inputs.mode,
    source: inputs.source,
    status: stages.some((stage) => stage.status === 'FAIL') ? 'FAIL' : 'PASS',
    startedAt: inputs.startedAt.toISOString(),
    finishedAt: inputs.finishedAt.toISOString(),
    stages,
    counts: {
      rowsRead: discoverTally.rowsRead,
      imported: discoverTally.imported,
      rejected: discoverTally.rejected,
      duplicates: discoverTally.duplicates,
      enriched: meters.enrich.output,
      scored: meters.segment.output,
      disqualified: inputs.tiers.disqualified,
      drafted: meters.craft.output,
      blocked: approveTally.blocked,
      queuedForApproval: approveTally.queuedForApproval,
      approved: sendTally.approved,
      outboxed: sendTally.outboxed,
    },
    rejectedRows: discoverTally.rejections.map((rejection) => ({ row: rejection.row, reason: rejection.reason })),
    tierDistribution: inputs.tiers,
    topDisqualificationReasons: sortedCounts(inputs.disqualifications).slice(0, 10),
    blockedByRule: sortedCounts(approveTally.blockedByRule),
    enrichmentProviders: inputs.enrichmentStats.providers.map((provider) => ({
      provider: provider.provider,
      attempts: provider.attempts,
      hits: provider.hits,
      hitRate: provider.hitRate,
      p50Ms: provider.latencyP50Ms,
      p95Ms: provider.latencyP95Ms,
      credits: provider.credits,
    })),
  };
}
