import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MultiBar, Presets } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { formatRunReport } from '../cli/format-run-report.js';
import { formatTable, pageFooter, type Listing } from '../cli/listing.js';
import { starterConfig } from '../cli/starter-config.js';
import { loadConfig, type ResolvedConfig } from '../config/load-config.js';
import { defaultOperatorName } from '../config/operator-name.js';
import { hasErrorCode, isCaioError } from '../domain/errors.js';
import { leadStatuses, tiers, type LeadStatus, type Tier } from '../domain/lead.js';
import { approveQueuedDraft, rejectQueuedDraft } from '../pipeline/approval/index.js';
import type { StageProgress } from '../pipeline/run/index.js';
import type { ApprovalRecord } from '../ports/pipeline-store.js';
import { stageNames } from '../ports/run-log.js';
import type { DraftStatus } from '../domain/draft.js';
import { openSystem, type System } from './open-system.js';
import { runPipeline } from './run-pipeline-from-csv.js';
import { decideThroughServer, type DecidedApproval } from './decide-through-server.js';
import { registerDecayCommand } from './decay-command.js';
import { registerDraftsExportCommand } from './drafts-export-command.js';
import { registerWhyCommand } from './why-command.js';
import { registerSchedulingCommands } from './scheduling-cli.js';
import { registerMeetingChangeCommands } from './meeting-change-cli.js';
import { registerClayRequestCommand } from './clay-request-command.js';
import { createNodeDnsResolver } from '../adapters/dns/index.js';
import { createExclusionRepository } from '../store/repositories/exclusion-repository.js';
import { createReputationRepository } from '../store/repositories/reputation-repository.js';
import { registerListImportCommands } from './list-import-command.js';
import { registerPreflightCommand } from './preflight-command.js';
import { configuredMailboxes } from './send-worker.js';
import { registerTemplatesCommand } from './lint-templates-command.js';
import { registerInboxCommand } from './inbox-command.js';
import { openInboxFromConfig } from './inbox-dependencies.js';
import { outboundTransportsFor } from './outbound-transports.js';
import { pauseVendorQueues } from './pause-vendor-queues.js';
import { registerWorkCommand } from './work-command.js';
import { registerServeCommand } from './serve-command.js';
import { registerGdprCommands } from './gdpr-command.js';
import { readLiveServeRecord } from './serve-record.js';

/** Exit codes: 0 ok, 1 run failed, 2 bad usage or config (issue "Foundation" §5). */
const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;
const usageErrorCodes = new Set(['config_invalid', 'config_placeholder', 'input_invalid', 'not_found', 'conflict']);
const draftStatuses: readonly DraftStatus[] = [
  'proposed',
  'pending_approval',
  'approved',
  'rejected',
  'expired',
  'sent',
];

interface GlobalOptions {
  config?: string;
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return parsed;
}

function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function printListing<Item extends object>(
  listing: Listing<Item>,
  json: boolean,
  columns: readonly string[],
  toRow: (item: Item) => Record<string, unknown>,
): void {
  if (json) return printJson(listing);
  process.stdout.write(`${formatTable(listing.items.map(toRow), columns)}\n${pageFooter(listing)}\n`);
}

async function withSystem<T>(
  program: Command,
  work: (system: System, config: ResolvedConfig) => Promise<T>,
): Promise<T> {
  const config = loadConfig(program.opts<GlobalOptions>().config);
  const system = await openSystem(config);
  try {
    return await work(system, config);
  } finally {
    await system.close();
  }
}

/**
 * Decides an approval on the embedded database, or — when `caio serve` holds it (`database_locked`)
 * and `serve.json` names a live server — through that server's API with `CAIO_API_TOKEN`; the audit
 * actor is then the token's name (issue 3: approve/reject keep working while the server runs).
 */
async function decideLocallyOrThroughServer(
  program: Command,
  request: { approvalId: string; decision: 'approve' | 'reject'; reason?: string },
  decideLocally: (system: System) => Promise<ApprovalRecord>,
): Promise<ApprovalRecord | DecidedApproval> {
  try {
    return await withSystem(program, (system) => decideLocally(system));
  } catch (error) {
    if (!hasErrorCode(error, 'database_locked')) throw error;
    const config = loadConfig(program.opts<GlobalOptions>().config);
    const server = readLiveServeRecord(config.home);
    if (!server) throw error;
    const decided = await decideThroughServer({ url: server.url, token: config.apiToken, ...request });
    process.stderr.write(`(decided through caio serve at ${server.url}; the audit actor is the API token's name)\n`);
    return decided;
  }
}

async function countDataLines(path: string): Promise<number> {
  let newlines = 0;
  for await (const chunk of createReadStream(path)) {
    for (const byte of chunk as Buffer) if (byte === 10) newlines += 1;
  }
  return Math.max(0, newlines - 1);
}

async function progressReporter(
  csvPath: string,
): Promise<{ onProgress: (progress: StageProgress) => void; stop: () => void } | null> {
  if (!process.stderr.isTTY || !existsSync(csvPath)) return null;
  const total = await countDataLines(csvPath);
  const bars = new MultiBar(
    { stream: process.stderr, format: ' {stage} |{bar}| {value}', hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  const byStage = new Map(stageNames.map((stage) => [stage, bars.create(total, 0, { stage: stage.padEnd(9) })]));
  return {
    onProgress: (progress) => byStage.get(progress.stage)?.update(progress.processed),
    stop: () => bars.stop(),
  };
}

function buildProgram(): Command {
  const program = new Command('caio')
    .description('CAIO Swarm — self-hosted autonomous revenue operations (safe by default: shadow mode).')
    .option('-c, --config <file>', 'config file (default: $CAIO_CONFIG, ./caio.config.yaml, or built-in defaults)')
    .showHelpAfterError()
    // Set before any subcommand exists: subcommands copy it, so usage errors reach main() as exit 2.
    .exitOverride();

  program
    .command('run')
    .description('run the lead pipeline on a CSV: discover → enrich → segment → craft → approve → send')
    .argument('<csv>', 'leads CSV (Apollo-export-style columns)')
    .option('--limit <n>', 'stop after this many accepted leads', positiveInteger)
    .option('--json', 'print only the run report as one JSON object (logs go to stderr)')
    .action(async (csv: string, options: { limit?: number; json?: boolean }) => {
      const config = loadConfig(program.opts<GlobalOptions>().config);
      const progress = options.json ? null : await progressReporter(csv);
      const report = await runPipeline({
        csvPath: resolve(csv),
        config,
        ...(options.limit !== undefined ? { limit: options.limit } : {}),
        actor: 'cli',
        ...(progress ? { onProgress: progress.onProgress } : {}),
      }).finally(() => progress?.stop());
      if (options.json) printJson(report);
      else process.stdout.write(`${formatRunReport(report)}\n`);
      process.exitCode = report.status === 'PASS' ? exitCodes.ok : exitCodes.failed;
    });

  program
    .command('init')
    .description('write a commented starter config')
    .argument('[file]', 'where to write it', 'caio.config.yaml')
    .option('--force', 'overwrite an existing file')
    .action((file: string, options: { force?: boolean }) => {
      if (existsSync(file) && !options.force) {
        process.stderr.write(`${file} already exists; pass --force to overwrite it.\n`);
        process.exitCode = exitCodes.usage;
        return;
      }
      writeFileSync(file, starterConfig);
      process.stdout.write(
        `Wrote ${file}. Edit sender, bookingLink and icp, then: caio run <leads.csv> --config ${file}\n`,
      );
    });

  const leads = program
    .command('leads')
    .description('list leads')
    .addOption(new Option('--tier <tier>', 'only this tier').choices([...tiers]))
    .addOption(new Option('--status <status>', 'only this status').choices([...leadStatuses]))
    .option('--limit <n>', 'page size', positiveInteger, 50)
    .option('--cursor <cursor>', 'nextCursor from a previous page')
    .option('--json', 'print { items, total, nextCursor }')
    .action(async (options: { tier?: Tier; status?: LeadStatus; limit: number; cursor?: string; json?: boolean }) => {
      await withSystem(program, async (system) => {
        const listing = await system.store.leads.list({
          limit: options.limit,
          ...(options.tier ? { tier: options.tier } : {}),
          ...(options.status ? { status: options.status } : {}),
          ...(options.cursor ? { cursor: options.cursor } : {}),
        });
        printListing(
          listing,
          Boolean(options.json),
          ['email', 'name', 'company', 'title', 'status', 'tier', 'score'],
          (lead) => ({
            email: lead.email ?? lead.linkedinUrl,
            name: [lead.firstName, lead.lastName].filter(Boolean).join(' '),
            company: lead.companyName,
            title: lead.title,
            status: lead.status,
            tier: lead.tier,
            score: lead.score,
          }),
        );
      });
    });

  leads
    .command('show')
    .description('one lead: profile, enrichment with sources, score with reasons')
    .argument('<email>')
    .option('--json', 'print as JSON')
    .action(async (email: string, options: { json?: boolean }) => {
      await withSystem(program, async (system) => {
        const lead = await system.store.leads.findByEmail(email);
        if (!lead) {
          process.stderr.write(`No lead with email ${email}.\n`);
          process.exitCode = exitCodes.usage;
          return;
        }
        const [enrichment, score] = await Promise.all([
          system.store.enrichment.latestForLead(lead.id),
          system.store.scores.latestForLead(lead.id),
        ]);
        const detail = { lead, enrichment, score };
        if (options.json) return printJson(detail);
        const lines = [
          `${[lead.firstName, lead.lastName].filter(Boolean).join(' ') || '(no name)'} <${lead.email ?? ''}> — ${lead.title ?? 'no title'} at ${lead.companyName ?? 'unknown company'}`,
          `status ${lead.status} · tier ${lead.tier ?? '—'} · score ${lead.score ?? '—'}${lead.disqualificationRule ? ` · disqualified: ${lead.disqualificationRule}` : ''}`,
          `enrichment: ${enrichment ? `${enrichment.provider ?? 'none'} at ${enrichment.fetchedAt.toISOString()}${enrichment.skippedReason ? ` (${enrichment.skippedReason})` : ''}` : 'none'}`,
        ];
        if (enrichment) {
          const company = enrichment.company;
          lines.push(
            `  company: ${company.name ?? ''} (${company.domain ?? ''}) · ${company.industry ?? 'industry ?'} · ${company.employeeCount ?? '?'} employees · ${company.status}`,
          );
          for (const signal of enrichment.signals)
            lines.push(`  signal: ${signal.kind} ${signal.date ?? 'undated'} — ${signal.source}`);
        }
        if (score) lines.push('why this score:', ...score.result.reasons.map((reason) => `  ${reason}`));
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });

  const drafts = program
    .command('drafts')
    .description('list drafts')
    .addOption(new Option('--status <status>', 'only this status').choices([...draftStatuses]))
    .option('--limit <n>', 'page size', positiveInteger, 50)
    .option('--cursor <cursor>', 'nextCursor from a previous page')
    .option('--json', 'print { items, total, nextCursor }; each item has both subjects and the rendered body')
    .action(async (options: { status?: DraftStatus; limit: number; cursor?: string; json?: boolean }) => {
      await withSystem(program, async (system) => {
        const listing = await system.store.drafts.list({
          limit: options.limit,
          ...(options.status ? { status: options.status } : {}),
          ...(options.cursor ? { cursor: options.cursor } : {}),
        });
        printListing(
          listing,
          Boolean(options.json),
          ['id', 'status', 'angle', 'subjectA', 'subjectB', 'guard'],
          (draft) => ({
            id: draft.id,
            status: draft.status,
            angle: draft.angleId,
            subjectA: draft.subjectA,
            subjectB: draft.subjectB,
            guard: draft.guard.passed ? 'passed' : draft.guard.violations.map((violation) => violation.rule).join(','),
          }),
        );
      });
    });

  registerDraftsExportCommand(drafts, program);

  drafts
    .command('show')
    .description('one draft: subjects, body with footer, evidence, guard verdict')
    .argument('<id>')
    .option('--json', 'print as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      await withSystem(program, async (system) => {
        const draft = await system.store.drafts.findById(id);
        if (!draft) {
          process.stderr.write(`No draft ${id}.\n`);
          process.exitCode = exitCodes.usage;
          return;
        }
        if (options.json) return printJson(draft);
        const lines = [
          `draft ${draft.id} · ${draft.status} · angle ${draft.angleId} · step ${draft.sequenceStep}`,
          `subject A: ${draft.subjectA}`,
          `subject B: ${draft.subjectB}`,
          '',
          draft.edited.body ?? draft.body,
          '',
          'evidence:',
          ...draft.evidence.map((fact) => `  ${fact.kind}: ${fact.value} (${fact.source}, ${fact.observedAt})`),
          `guard: ${draft.guard.passed ? 'passed' : 'blocked'} (${draft.guard.mode})`,
          ...draft.guard.violations.map((violation) => `  ${violation.rule}: ${violation.message}`),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });

  program
    .command('approve')
    .description('approve a queued draft (outside shadow mode this enqueues its send)')
    .argument('<approval-id>')
    .option('--as <name>', 'reviewer name recorded in the audit', defaultOperatorName())
    .option('--json', 'print the updated approval as JSON')
    .action(async (approvalId: string, options: { as: string; json?: boolean }) => {
      const config = loadConfig(program.opts<GlobalOptions>().config);
      const approval = await decideLocallyOrThroughServer(
        program,
        { approvalId, decision: 'approve' },
        async (system) =>
          approveQueuedDraft(
            { store: system.store, jobs: await system.jobs(), clock: system.clock, mode: config.mode },
            { approvalId, actor: options.as },
          ),
      );
      if (options.json) printJson(approval);
      else
        process.stdout.write(
          `Approved ${approval.id} (draft ${approval.draftId})${config.mode === 'shadow' ? ' — shadow mode: nothing is sent' : ' — send enqueued'}.\n`,
        );
    });

  program
    .command('reject')
    .description('reject a queued draft with a reason (feeds rejection memory; the next run rotates the angle)')
    .argument('<approval-id>')
    .requiredOption('--reason <text>', 'why: what the crafter should do differently')
    .option('--as <name>', 'reviewer name recorded in the audit', defaultOperatorName())
    .option('--json', 'print the updated approval as JSON')
    .action(async (approvalId: string, options: { reason: string; as: string; json?: boolean }) => {
      const config = loadConfig(program.opts<GlobalOptions>().config);
      const approval = await decideLocallyOrThroughServer(
        program,
        { approvalId, decision: 'reject', reason: options.reason },
        async (system) =>
          rejectQueuedDraft(
            { store: system.store, jobs: await system.jobs(), clock: system.clock, mode: config.mode },
            { approvalId, actor: options.as, reason: options.reason },
          ),
      );
      if (options.json) printJson(approval);
      else process.stdout.write(`Rejected ${approval.id} (draft ${approval.draftId}): ${options.reason}\n`);
    });

  program
    .command('runs')
    .description('list pipeline runs, newest first')
    .option('--limit <n>', 'page size', positiveInteger, 20)
    .option('--cursor <cursor>', 'nextCursor from a previous page')
    .option('--json', 'print { items, total, nextCursor }')
    .action(async (options: { limit: number; cursor?: string; json?: boolean }) => {
      await withSystem(program, async (system) => {
        const listing = await system.runLog.list({
          limit: options.limit,
          ...(options.cursor ? { cursor: options.cursor } : {}),
        });
        printListing(
          listing,
          Boolean(options.json),
          ['id', 'status', 'mode', 'source', 'startedAt', 'rows', 'outboxed'],
          (run) => ({
            id: run.id,
            status: run.status,
            mode: run.mode,
            source: run.source,
            startedAt: run.startedAt,
            rows: run.counts?.rowsRead,
            outboxed: run.counts?.outboxed,
          }),
        );
      });
    });

  program
    .command('audit')
    .description('search the audit trail, newest first')
    .option('--agent <agent>', 'e.g. OPERATOR')
    .option('--action <action>', 'e.g. send_email')
    .option('--since <iso-date>', 'only events at or after this instant (ISO 8601)')
    .option('--limit <n>', 'page size', positiveInteger, 50)
    .option('--cursor <cursor>', 'nextCursor from a previous page')
    .option('--json', 'print { items, total, nextCursor }')
    .action(
      async (options: {
        agent?: string;
        action?: string;
        since?: string;
        limit: number;
        cursor?: string;
        json?: boolean;
      }) => {
        const since = options.since ? new Date(options.since) : undefined;
        if (since && Number.isNaN(since.getTime()))
          throw new InvalidArgumentError(`--since ${options.since} is not an ISO 8601 date`);
        await withSystem(program, async (system) => {
          const page = await system.store.audit.query({
            limit: options.limit,
            ...(options.agent ? { agent: options.agent } : {}),
            ...(options.action ? { action: options.action } : {}),
            ...(since ? { since } : {}),
            ...(options.cursor ? { cursor: options.cursor } : {}),
          });
          const listing = { items: page.items, total: page.total, nextCursor: page.nextCursor };
          printListing(
            listing,
            Boolean(options.json),
            ['at', 'agent', 'action', 'outcome', 'reason', 'actor', 'summary'],
            (event) => ({
              at: event.at,
              agent: event.agent,
              action: event.action,
              outcome: event.outcome,
              reason: event.reasonCode,
              actor: event.actor,
              summary: event.outputSummary,
            }),
          );
        });
      },
    );

  program
    .command('stop')
    .description('EMERGENCY STOP: halt every outbound effect now (database flag + $CAIO_HOME/EMERGENCY_STOP file)')
    .option('--as <name>', 'who stopped it (audited)', defaultOperatorName())
    .action(async (options: { as: string }) => {
      await withSystem(program, async (system) => {
        await system.killSwitches.set('EMERGENCY_STOP', true, options.as);
        await system.store.audit.record([controlAudit('stop', options.as, system.clock.now())]);
        process.stdout.write('EMERGENCY_STOP is on: no effect leaves until `caio resume`.\n');
        // Vendors that queue on their side (Instantly, HeyReach campaigns) are paused too (RES-5). This
        // calls the transports directly, NOT through the action gateway, on purpose: the gateway refuses
        // every external effect once EMERGENCY_STOP is on (set just above), and pausing is the one effect
        // that makes sending stop. The flag and the audit row are written first, so a failed pause still
        // leaves CAIO itself stopped.
        for (const line of await pauseVendorQueues(outboundTransportsFor(system.config, system.clock))) {
          process.stdout.write(`${line}\n`);
        }
      });
    });

  program
    .command('resume')
    .description('lift the emergency stop')
    .option('--as <name>', 'who resumed (audited)', defaultOperatorName())
    .action(async (options: { as: string }) => {
      await withSystem(program, async (system) => {
        await system.killSwitches.set('EMERGENCY_STOP', false, options.as);
        await system.store.audit.record([controlAudit('resume', options.as, system.clock.now())]);
        const state = await system.killSwitches.read();
        const still = Object.entries(state.sources).map(([name, source]) => `${name} (${source})`);
        process.stdout.write(
          still.length > 0
            ? `Resumed, but still on: ${still.join(', ')}.\n`
            : 'Resumed: effects may leave again, within mode and policy.\n',
        );
      });
    });

  registerServeCommand(program);
  registerWorkCommand(program);
  registerClayRequestCommand(program, (work) => withSystem(program, (system) => work(system)));
  registerWhyCommand(program, (work) => withSystem(program, (system) => work(system)));
  registerSchedulingCommands(program, (work) => withSystem(program, (system) => work(system)));
  registerMeetingChangeCommands(program, (work) => withSystem(program, (system) => work(system)));
  registerDecayCommand(program);
  registerGdprCommands(program);
  registerTemplatesCommand(program);
  registerInboxCommand(program, openInboxFromConfig);
  registerPreflightCommand(program, async ({ config: file, disableFailing }) => {
    const config = loadConfig(file);
    const base = {
      mailboxes: configuredMailboxes(config),
      deliverability: config.deliverability,
      resolver: createNodeDnsResolver({
        servers: config.deliverability.dnsServers,
        timeoutMs: config.deliverability.dnsTimeoutMs,
      }),
    };
    if (!disableFailing) return base;
    const system = await openSystem(config);
    return {
      ...base,
      disableFailing: { pauses: createReputationRepository(system.database.db), clock: system.clock },
      close: () => system.close(),
    };
  });
  registerListImportCommands(program, async ({ config: file }) => {
    const system = await openSystem(loadConfig(file));
    return {
      suppression: system.store.suppression,
      exclusions: createExclusionRepository(system.database.db),
      close: () => system.close(),
    };
  });
  return program;
}

function controlAudit(action: 'stop' | 'resume', actor: string, at: Date) {
  return {
    at,
    agent: 'QUEEN' as const,
    action: action === 'stop' ? 'emergency_stop' : 'emergency_resume',
    target: 'deployment',
    actor,
    inputSummary: null,
    outputSummary: action === 'stop' ? 'EMERGENCY_STOP on' : 'EMERGENCY_STOP off',
    approvalStatus: null,
    evidence: [],
    durationMs: 0,
    outcome: 'decided' as const,
    reasonCode: null,
    idempotencyKey: null,
    runId: null,
  };
}

/** Runs the CLI; returns the exit code. Errors print one clear line (no stack) and map to 1 or 2. */
export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : exitCodes.ok;
  } catch (error) {
    const commanderError = error as { code?: string; exitCode?: number };
    if (commanderError.code?.startsWith('commander.')) {
      return commanderError.code === 'commander.helpDisplayed' || commanderError.code === 'commander.version'
        ? exitCodes.ok
        : exitCodes.usage;
    }
    process.stderr.write(`caio: ${error instanceof Error ? error.message : String(error)}\n`);
    if (isCaioError(error)) return usageErrorCodes.has(error.code) ? exitCodes.usage : exitCodes.failed;
    return exitCodes.failed;
  }
}
