import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatTable } from '../cli/listing.js';
import { eraseSubjectData, exportSubjectData, isDsarOverdue } from '../compliance/index.js';
import { loadConfig } from '../config/load-config.js';
import { openSystem, type System } from './open-system.js';

async function withSystem<T>(program: Command, work: (system: System) => Promise<T>): Promise<T> {
  const system = await openSystem(loadConfig(program.opts<{ config?: string }>().config));
  try {
    return await work(system);
  } finally {
    await system.close();
  }
}

/**
 * Registers the data-subject commands (SPEC §15, specs/security.md GDPR-1, GDPR-2, GDPR-4):
 * - `caio gdpr export <email> [--out file.json]`: everything held about the person as JSON (stdout,
 *   or a file written with mode 0600);
 * - `caio gdpr erase <email>`: deletes the person everywhere, keeping only the salted suppression hash;
 * - `caio gdpr requests [--json]`: the DSAR log with received/completed timestamps and the day-20 flag.
 * Every export and erasure is logged in `dsar_requests`. Run on the machine holding the database
 * (with `caio serve` running, use `GET /api/gdpr/export` and `POST /api/gdpr/erase`).
 */
export function registerGdprCommands(program: Command): void {
  const gdpr = program.command('gdpr').description('Data-subject requests: export, erase, request log (GDPR)');
  gdpr
    .command('export <email>')
    .description('Export everything held about a person as JSON (GDPR-1)')
    .option('--out <file>', 'write the JSON to this file (mode 0600) instead of stdout')
    .option('--as <name>', 'operator recorded in the request log', 'cli')
    .action(async (email: string, options: { out?: string; as: string }) => {
      await withSystem(program, async (system) => {
        const document = await exportSubjectData(system.compliance, { email, channel: 'cli', requestedBy: options.as });
        const text = `${JSON.stringify(document, null, 2)}\n`;
        if (options.out) {
          writeFileSync(options.out, text, { mode: 0o600 });
          process.stderr.write(`Wrote the export (request ${document.requestId}) to ${options.out}.\n`);
        } else process.stdout.write(text);
      });
    });
  gdpr
    .command('erase <email>')
    .description('Erase a person everywhere, keeping only a salted suppression hash (GDPR-2)')
    .option('--as <name>', 'operator recorded in the request log', 'cli')
    .option('--json', 'print the result as JSON')
    .action(async (email: string, options: { as: string; json?: boolean }) => {
      await withSystem(program, async (system) => {
        const erasure = await eraseSubjectData(system.compliance, { email, channel: 'cli', requestedBy: options.as });
        if (options.json) return void process.stdout.write(`${JSON.stringify(erasure, null, 2)}\n`);
        const vendors = erasure.vendorPropagation.map((item) => `${item.vendor}: ${item.status}`).join(', ');
        process.stdout.write(
          `Erased (request ${erasure.requestId}): ${erasure.counts.leadsDeleted} lead(s) deleted; ` +
            `the address stays suppressed by salted hash only. Vendor propagation: ${vendors}.\n`,
        );
      });
    });
  gdpr
    .command('requests')
    .description('List data-subject requests with received/completed timestamps (GDPR-4)')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withSystem(program, async (system) => {
        const now = system.clock.now();
        const items = (await system.compliance.compliance.listDsars()).map((request) => ({
          ...request,
          overdue: isDsarOverdue(request, now),
        }));
        if (options.json) return void process.stdout.write(`${JSON.stringify({ items }, null, 2)}\n`);
        const rows = items.map((item) => ({
          id: item.id,
          kind: item.kind,
          channel: item.channel,
          received: item.receivedAt.toISOString(),
          completed: item.completedAt?.toISOString() ?? 'open',
          overdue: item.overdue ? 'YES' : 'no',
          outcome: item.outcome ?? '',
        }));
        process.stdout.write(
          `${formatTable(rows, ['id', 'kind', 'channel', 'received', 'completed', 'overdue', 'outcome'])}\n`,
        );
      });
    });
}
