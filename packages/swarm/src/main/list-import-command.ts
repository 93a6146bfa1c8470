import { Option, type Command } from 'commander';
import { importExclusionCsv } from './import-exclusion-csv.js';
import { importSuppressionCsv } from './import-suppression-csv.js';
import type { ListImportReport, ListImportStores } from './list-import-rows.js';

export { importExclusionCsv } from './import-exclusion-csv.js';
export { importSuppressionCsv } from './import-suppression-csv.js';
export type { ListImportReport, ListImportRowResult, ListImportStores } from './list-import-rows.js';

/**
 * The human report: one line per duplicate or rejected row (accepted rows are only counted; `--json`
 * lists every row), then the summary.
 */
export function formatListImportReport(imported: ListImportReport, what: string): string {
  const lines = imported.rows
    .filter((row) => row.status !== 'accepted')
    .map((row) =>
      row.status === 'rejected'
        ? `rejected  ${row.reason ?? `row ${row.row}`}`
        : `duplicate row ${row.row}: ${row.value ?? ''} is already on the list`,
    );
  lines.push(
    `Imported ${imported.file} into the ${what} (source ${imported.source}): ${imported.accepted} accepted, ` +
      `${imported.duplicates} duplicate(s), ${imported.rejected} rejected.`,
  );
  return `${lines.join('\n')}\n`;
}

/** Opens the stores for one command and closes them afterwards (the composition root provides it). */
export type OpenListImportStores = (globalOptions: {
  config?: string;
}) => Promise<ListImportStores & { close(): Promise<void> }>;

async function runImport(
  program: Command,
  openStores: OpenListImportStores,
  json: boolean,
  what: string,
  work: (stores: ListImportStores) => Promise<ListImportReport>,
): Promise<void> {
  const stores = await openStores(program.opts<{ config?: string }>());
  const imported = await work(stores).finally(() => stores.close());
  process.stdout.write(json ? `${JSON.stringify(imported, null, 2)}\n` : formatListImportReport(imported, what));
  if (imported.rejected > 0) process.exitCode = 1;
}

/**
 * Registers `caio suppress import <csv> [--json]` and `caio exclude import <csv> [--kind customer|competitor]
 * [--json]`. Exit code 1 when any row was rejected (the accepted rows are stored all the same).
 */
export function registerListImportCommands(program: Command, openStores: OpenListImportStores): void {
  program
    .command('suppress')
    .description('the shared suppression list (SPEC §15, EM-4)')
    .command('import <csv>')
    .description('add every address of a CSV (column email, optional reason) to the suppression list')
    .option('--json', 'print the report as one JSON object')
    .action((file: string, options: { json?: boolean }) =>
      runImport(program, openStores, Boolean(options.json), 'suppression list', (stores) =>
        importSuppressionCsv(file, stores),
      ),
    );
  program
    .command('exclude')
    .description('customer and competitor exclusion lists (SPEC §3.7)')
    .command('import <csv>')
    .description('add the domains (column domain) and addresses (column email) of a CSV to the exclusion lists')
    .addOption(new Option('--kind <kind>', 'kind for rows without a kind column').choices(['customer', 'competitor']))
    .option('--json', 'print the report as one JSON object')
    .action((file: string, options: { kind?: 'customer' | 'competitor'; json?: boolean }) =>
      runImport(program, openStores, Boolean(options.json), 'exclusion lists', (stores) =>
        importExclusionCsv(file, options.kind ? { defaultKind: options.kind } : {}, stores),
      ),
    );
}
