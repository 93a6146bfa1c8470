import type { Command } from 'commander';
import { CaioError } from '../domain/errors.js';
import type { ClayEnrichmentRequestReport } from '../pipeline/enrich/index.js';
import { clayRequesterFor, requestClayEnrichments } from './clay-enrichment-requests.js';
import type { System } from './open-system.js';

const pageSize = 1000;

/**
 * `caio enrich clay [--json]` (SPEC §3.2): asks Clay to enrich leads that still miss company
 * fields and have a LinkedIn URL, page by page, until `clay.maxPerRun` rows were sent or a page
 * stopped early (429, open breaker, bad token). Each lead is requested once; the callback to
 * `/webhooks/clay` completes it.
 *
 * @throws CaioError `config_invalid` when `clay.tableWebhookUrl` is not set.
 */
export async function requestClayForAllLeads(system: System): Promise<ClayEnrichmentRequestReport> {
  const total: ClayEnrichmentRequestReport = {
    sent: 0,
    alreadyRequested: 0,
    notEligible: 0,
    failed: 0,
    outcomeUnknown: 0,
    deferred: 0,
  };
  // One requester (and so one Clay breaker) for every page of the run.
  const requester = clayRequesterFor(system);
  if (!requester) {
    throw new CaioError(
      'config_invalid',
      'Set clay.tableWebhookUrl (and CLAY_WEBHOOK_TOKEN) first; see docs/integrations/clay.md.',
    );
  }
  let cursor: string | undefined;
  for (;;) {
    const page = await system.store.leads.list({ limit: pageSize, ...(cursor ? { cursor } : {}) });
    const result = await requestClayEnrichments(
      system,
      page.items.map((lead) => lead.id),
      // `clay.maxPerRun` bounds the whole run, not each page.
      { requester, maxPerRun: system.config.clay.maxPerRun - total.sent },
    );
    // With a requester given, requestClayEnrichments never skips; the guard narrows the type.
    if ('skipped' in result) throw new CaioError('config_invalid', 'Clay is not configured.');
    for (const key of ['sent', 'alreadyRequested', 'notEligible', 'failed', 'outcomeUnknown', 'deferred'] as const) {
      total[key] += result[key];
    }
    if (result.stoppedBy) return { ...total, stoppedBy: result.stoppedBy };
    if (!page.nextCursor || total.sent >= system.config.clay.maxPerRun) return total;
    cursor = page.nextCursor;
  }
}

/** Registers `caio enrich clay [--json]`. */
export function registerClayRequestCommand(
  program: Command,
  withSystem: <T>(work: (system: System) => Promise<T>) => Promise<T>,
): void {
  program
    .command('enrich')
    .description('asynchronous enrichment requests')
    .command('clay')
    .description(
      'ask Clay to enrich leads still missing company fields (one request per lead; results arrive at /webhooks/clay)',
    )
    .option('--json', 'print the report as JSON')
    .action(async (options: { json?: boolean }) => {
      const report = await withSystem((system) => requestClayForAllLeads(system));
      process.stdout.write(
        options.json
          ? `${JSON.stringify(report, null, 2)}\n`
          : `Clay: ${report.sent} requested, ${report.alreadyRequested} already requested, ${report.notEligible} not eligible, ${report.failed} failed, ${report.outcomeUnknown} unknown (timeout), ${report.deferred} deferred${report.stoppedBy ? `; stopped by ${report.stoppedBy.code}` : ''}\n`,
      );
    });
}
