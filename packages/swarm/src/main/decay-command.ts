import type { Command } from 'commander';
import { loadConfig } from '../config/load-config.js';
import { leadStatusPolicy } from '../signals/lead-status-policy.js';
import { runDecay, type DecayReport } from '../signals/run-decay.js';
import { createLeadStatusRepository } from '../store/repositories/lead-status-repository.js';
import { openSystem, type System } from './open-system.js';

interface DecayOptions {
  dryRun?: boolean;
  json?: boolean;
  openData?: string;
}

/**
 * One decay pass on the opened system (SPEC §4 decay rules, on demand). `channelsWithOpenData`
 * lists the channels whose opens are tracked; default none (SMTP open tracking is off by default).
 */
export async function decayLeads(
  system: { database: Pick<System['database'], 'db'>; clock: System['clock'] },
  options: { dryRun: boolean; channelsWithOpenData: ReadonlySet<string>; actor?: string },
): Promise<DecayReport> {
  const store = createLeadStatusRepository(system.database.db, { clock: system.clock, policy: leadStatusPolicy });
  return runDecay({
    store,
    now: system.clock.now(),
    channelsWithOpenData: options.channelsWithOpenData,
    dryRun: options.dryRun,
    actor: options.actor ?? 'system:decay',
  });
}

/** The human summary of a decay pass: one line per transition, then a total. */
export function formatDecayReport(report: DecayReport): string {
  const verb = report.dryRun ? 'would move' : 'moved';
  const refused = new Set(report.outcome?.refused.map((refusal) => refusal.leadId) ?? []);
  const lines = report.transitions.map(
    (transition) =>
      `${transition.leadId}: ${transition.from} → ${transition.to} (${transition.detail})${refused.has(transition.leadId) ? ' — refused' : ''}`,
  );
  const moved = report.outcome ? report.outcome.applied.length : report.transitions.length;
  lines.push(
    `Decay${report.dryRun ? ' (dry run, nothing changed)' : ''}: examined ${report.examined} lead(s), ${verb} ${moved}.`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Registers `caio decay [--dry-run] [--json] [--open-data <channels>]`: runs the SPEC §4 decay rules
 * now (the same pass the daily job runs). `--dry-run` prints what would happen and changes nothing.
 */
export function registerDecayCommand(program: Command): void {
  program
    .command('decay')
    .description('apply the lead decay rules now: ghosted / stalled / hesitant (SPEC §4)')
    .option('--dry-run', 'print what would change; change nothing')
    .option('--json', 'print the report as one JSON object')
    .option('--open-data <channels>', 'comma-separated channels with open tracking (default: none)', '')
    .action(async (options: DecayOptions) => {
      const config = loadConfig(program.opts<{ config?: string }>().config);
      const channelsWithOpenData = new Set(
        (options.openData ?? '')
          .split(',')
          .map((channel) => channel.trim())
          .filter(Boolean),
      );
      const system = await openSystem(config);
      const report = await decayLeads(system, { dryRun: Boolean(options.dryRun), channelsWithOpenData }).finally(() =>
        system.close(),
      );
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatDecayReport(report));
    });
}
