import type { RunReport } from '../ports/run-log.js';

const pad = (value: string | number, width: number) => String(value).padEnd(width);
const padStart = (value: string | number, width: number) => String(value).padStart(width);

/**
 * The human-readable run report printed by `caio run` (the `--json` form is the report object itself):
 * per-stage status, counts and duration; rejected rows with reasons; tier distribution; top
 * disqualification reasons; guard blocks; enrichment providers.
 */
export function formatRunReport(report: RunReport, options: { maxRejectedRows?: number } = {}): string {
  const lines: string[] = [];
  lines.push(`Run ${report.runId} — ${report.status} (mode ${report.mode}, source ${report.source})`, '');
  lines.push(
    `${pad('stage', 10)}${pad('status', 9)}${padStart('in', 8)}${padStart('out', 8)}${padStart('failed', 8)}${padStart('ms', 9)}`,
  );
  for (const stage of report.stages) {
    lines.push(
      `${pad(stage.name, 10)}${pad(stage.status, 9)}${padStart(stage.input, 8)}${padStart(stage.output, 8)}${padStart(stage.failed, 8)}${padStart(stage.durationMs, 9)}`,
    );
    for (const error of stage.errors.slice(0, 3)) lines.push(`    ! ${error}`);
  }
  const counts = report.counts;
  lines.push(
    '',
    `rows read ${counts.rowsRead} = imported ${counts.imported} + duplicates ${counts.duplicates} + rejected ${counts.rejected}`,
    `enriched ${counts.enriched} · scored ${counts.scored} · disqualified ${counts.disqualified} · drafted ${counts.drafted} · blocked ${counts.blocked}`,
    `queued for approval ${counts.queuedForApproval} · approved ${counts.approved} · outboxed ${counts.outboxed}`,
  );
  const tiers = report.tierDistribution;
  const scored = tiers.tier_1 + tiers.tier_2 + tiers.tier_3 + tiers.disqualified;
  const share = (count: number) => (scored === 0 ? '0%' : `${((100 * count) / scored).toFixed(1)}%`);
  lines.push(
    '',
    'tiers: ' +
      (['tier_1', 'tier_2', 'tier_3', 'disqualified'] as const)
        .map((tier) => `${tier} ${tiers[tier]} (${share(tiers[tier])})`)
        .join(' · '),
  );
  if (report.topDisqualificationReasons.length > 0) {
    lines.push(
      'disqualified by: ' +
        report.topDisqualificationReasons.map((reason) => `${reason.rule} ${reason.count}`).join(' · '),
    );
  }
  if (report.blockedByRule.length > 0) {
    lines.push(
      'blocked by the quality guard: ' + report.blockedByRule.map((rule) => `${rule.rule} ${rule.count}`).join(' · '),
    );
  }
  for (const provider of report.enrichmentProviders) {
    const p95 = provider.p95Ms === null ? 'n/a' : `${provider.p95Ms.toFixed(1)} ms`;
    lines.push(
      `enrichment ${provider.provider}: ${provider.hits}/${provider.attempts} hits (${Math.round(provider.hitRate * 100)}%), p95 ${p95}, ${provider.credits} credits`,
    );
  }
  const maxRows = options.maxRejectedRows ?? 20;
  if (report.rejectedRows.length > 0) {
    lines.push('', `rejected rows (${report.rejectedRows.length}):`);
    for (const row of report.rejectedRows.slice(0, maxRows)) lines.push(`  row ${row.row}: ${row.reason}`);
    if (report.rejectedRows.length > maxRows)
      lines.push(`  … ${report.rejectedRows.length - maxRows} more (see --json)`);
  }
  return lines.join('\n');
}
