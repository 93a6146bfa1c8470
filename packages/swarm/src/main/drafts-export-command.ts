import { randomInt } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { draftReviewRow, type DraftReviewRow } from '../cli/draft-review-row.js';
import { formatDraftReviewCsv } from '../cli/format-draft-review-csv.js';
import { seededSample } from '../cli/seeded-sample.js';
import { loadConfig } from '../config/load-config.js';
import type { DraftStatus } from '../domain/draft.js';
import type { StoredDraft } from '../ports/pipeline-store.js';
import { openSystem, type System } from './open-system.js';

interface ExportOptions {
  sample: number;
  status?: DraftStatus;
  out?: string;
  seed?: number;
  json?: boolean;
}

const exportableStatuses: readonly DraftStatus[] = [
  'proposed',
  'pending_approval',
  'approved',
  'rejected',
  'expired',
  'sent',
];

function wholeNumber(minimum: number) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < minimum)
      throw new InvalidArgumentError(`expected a whole number ≥ ${minimum}`);
    return parsed;
  };
}

async function allDrafts(system: System, status: DraftStatus | undefined): Promise<StoredDraft[]> {
  const drafts: StoredDraft[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: StoredDraft[]; nextCursor: string | null } = await system.store.drafts.list({
      limit: 200,
      ...(status ? { status } : {}),
      ...(cursor ? { cursor } : {}),
    });
    drafts.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return drafts;
}

/**
 * The rows of `caio drafts export`: a seeded random sample of `sample` drafts (optionally of one
 * status) joined with their leads, in the SPEC §18 review-sheet shape.
 */
export async function draftReviewSample(
  system: System,
  options: { sample: number; seed: number; status?: DraftStatus },
): Promise<DraftReviewRow[]> {
  const chosen = seededSample(await allDrafts(system, options.status), options.sample, options.seed);
  const leads = await Promise.all(chosen.map((draft) => system.store.leads.findById(draft.leadId)));
  return chosen.map((draft, index) => draftReviewRow(draft, leads[index] ?? null));
}

/**
 * Registers `caio drafts export --sample N [--status S] [--out file.csv|.json] [--seed K] [--json]`
 * (SPEC §18): exports drafts for offline Head-of-Sales review with empty rating columns. CSV (with
 * the INJ-8 formula guard) unless `--out` ends in `.json` or `--json` prints JSON to stdout. Without
 * `--seed` a random seed is drawn and printed to stderr so the sample can be reproduced.
 */
export function registerDraftsExportCommand(drafts: Command, program: Command): void {
  drafts
    .command('export')
    .description('export a random sample of drafts for offline Head-of-Sales review (SPEC §18)')
    .requiredOption('--sample <n>', 'how many drafts', wholeNumber(1))
    .addOption(new Option('--status <status>', 'only drafts with this status').choices([...exportableStatuses]))
    .option('--out <file>', 'write to this file (.json → JSON, else CSV); default stdout')
    .option('--seed <k>', 'random seed, for a reproducible sample', wholeNumber(0))
    .option('--json', 'JSON instead of CSV')
    .action(async (_options: ExportOptions, command: Command) => {
      // `--status` and `--json` also exist on `caio drafts`, which takes them first: read both levels.
      const options = command.optsWithGlobals<ExportOptions>();
      const config = loadConfig(program.opts<{ config?: string }>().config);
      const seed = options.seed ?? randomInt(0, 2 ** 31);
      const system = await openSystem(config);
      const rows = await draftReviewSample(system, {
        sample: options.sample,
        seed,
        ...(options.status ? { status: options.status } : {}),
      }).finally(() => system.close());
      const asJson = Boolean(options.json) || (options.out?.toLowerCase().endsWith('.json') ?? false);
      const text = asJson ? `${JSON.stringify(rows, null, 2)}\n` : formatDraftReviewCsv(rows);
      if (options.out) writeFileSync(options.out, text);
      else process.stdout.write(text);
      process.stderr.write(
        `Exported ${rows.length} draft(s) (seed ${seed})${options.out ? ` to ${options.out}` : ''}; rate each 1–5.\n`,
      );
    });
}
