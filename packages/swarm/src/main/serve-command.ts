import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { InvalidArgumentError, type Command } from 'commander';
import { sql } from 'kysely';
import { loadConfig } from '../config/load-config.js';
import { gateChatNotifier } from '../guardrails/index.js';
import { isCaioError } from '../domain/errors.js';
import { buildApiTokens, createServerApp, deskDependenciesOf, type ServerDependencies } from '../server/index.js';
import {
  executeApprovalBatchJob,
  handleExecuteApprovalBatchJob,
  type ExecuteApprovalBatchPayload,
} from '../pipeline/approval/index.js';
import type { ChatNotifier } from '../ports/chat-notifier.js';
import { createApprovalDeskStore } from '../store/repositories/approval-desk-repository.js';
import { createOnceKeyStore } from '../store/repositories/once-key-repository.js';
import { createMemoryReplayStore } from '../webhooks/index.js';
import { approvalEscalationDependenciesFor, startApprovalEscalation } from './approval-escalation-schedule.js';
import { approvalIntegrationsFor } from './approval-integrations.js';
import { inboundWebhookDependenciesFor, startInboundEventWorker } from './inbound-webhooks.js';
import { meetingsFor } from './meeting-dependencies.js';
import { meetingChangesFor } from './meeting-change-dependencies.js';
import { startWorkers } from './work-command.js';
import { explainLeadSending } from './why-command.js';
import { inboxStoreFor } from './inbox-dependencies.js';
import { icsFeedFor } from './ics-feed.js';
import { trackingDependenciesFor } from './tracking-events.js';
import { lazyJobQueue, openSystem, type System } from './open-system.js';
import { removeServeRecord, writeServeRecord } from './serve-record.js';

function portNumber(value: string): number {
  const port = Number(value);
  // 0 asks the OS for any free port (tests, ad-hoc runs); the chosen one is printed.
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InvalidArgumentError('expected a port 0–65535');
  return port;
}

/** A wildcard bind address is reached locally through loopback. */
function reachableHost(hostname: string): string {
  if (hostname === '0.0.0.0' || hostname === '') return '127.0.0.1';
  if (hostname === '::') return '[::1]';
  return hostname.includes(':') ? `[${hostname}]` : hostname;
}

/**
 * Wires the HTTP app's dependencies from an open {@link System}: tokens from `auth.tokens` plus
 * `CAIO_API_TOKEN` (admin, named `env`), CORS origins and batch expiry from `server:`, the real
 * store, desk repositories, run log, kill switches and a lazily started job queue.
 */
/** The dashboard build; the same relative path from `src/main` and `dist/main`. */
const dashboardDirectory = fileURLToPath(new URL('../../../dashboard/dist/', import.meta.url));

/**
 * The unsubscribe secret for `/u/{token}` (EM-3). A shared database without `CAIO_UNSUBSCRIBE_SECRET`
 * cannot verify links: the server still starts (the rest of the API works) and says why on stderr.
 */
function unsubscribeSecretOf(system: System): { unsubscribeSecret?: string } {
  try {
    return { unsubscribeSecret: system.unsubscribeSecret() };
  } catch (error) {
    if (!isCaioError(error)) throw error;
    process.stderr.write(`caio serve: unsubscribe links are unavailable: ${error.message}\n`);
    return {};
  }
}

export function serverDependenciesFor(system: System, integrations: { slack?: ChatNotifier } = {}): ServerDependencies {
  const { config } = system;
  return {
    tokens: buildApiTokens(config.auth.tokens, config.apiToken),
    corsOrigins: config.server.corsOrigins,
    clock: system.clock,
    killSwitches: system.killSwitches,
    checkDatabase: async () => {
      await sql`select 1`.execute(system.database.db);
    },
    store: system.store,
    desk: createApprovalDeskStore(system.database.db),
    runLog: system.runLog,
    jobs: lazyJobQueue(() => system.jobs()),
    mode: config.mode,
    newId: randomUUID,
    batchTtlMs: config.server.batchTtlMinutes * 60_000,
    config,
    ...(existsSync(join(dashboardDirectory, 'index.html')) ? { dashboardDirectory } : {}),
    // The replay cache is per process (WH-4); the database once-keys make execution exactly-once anyway.
    slack: {
      signingSecrets: config.slackSigningSecrets,
      approverUserIds: config.slack.approverUserIds,
      onceKeys: createOnceKeyStore(system.database.db),
      replayStore: createMemoryReplayStore(system.clock),
      // The decision update after a click is a Slack write: it passes the action gateway like every effect.
      ...(integrations.slack
        ? { notifier: gateChatNotifier(integrations.slack, system.gateway, 'system:slack-interactions') }
        : {}),
    },
    inbound: inboundWebhookDependenciesFor(system, integrations.slack),
    // EM-3/EM-4, GDPR-1/2: the /u/{token} unsubscribe endpoint and /api/gdpr/*.
    compliance: { ...unsubscribeSecretOf(system), useCases: system.compliance },
    explainSending: (leadId) => explainLeadSending(system, leadId),
    inbox: inboxStoreFor(system),
    meetings: meetingsFor(system),
    meetingChanges: meetingChangesFor(system, integrations),
    ...icsFeedFor(system),
    ...(config.tracking.opens || config.tracking.clicks ? { tracking: trackingDependenciesFor(system) } : {}),
    onUnexpectedError: (error) => process.stderr.write(`caio serve: ${(error as Error).stack ?? String(error)}\n`),
  };
}

/**
 * Registers `caio serve` (SPEC §14): the JSON API and probes on `127.0.0.1:8080` by default
 * (`--host`, `--port`, or `server.host` / `server.port` in the config). Runs until SIGINT/SIGTERM,
 * then closes the listener and the database. The integrator calls this from `main/cli.ts`.
 */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the approval desk JSON API (binds 127.0.0.1 by default)')
    .option('--port <port>', 'port to listen on (default: server.port, 8080)', portNumber)
    .option('--host <host>', 'address to bind (default: server.host, 127.0.0.1)')
    .action(async (options: { port?: number; host?: string }) => {
      const config = loadConfig(program.opts<{ config?: string }>().config);
      const system = await openSystem(config);
      const integrations = approvalIntegrationsFor(config, system.clock);
      const dependencies = serverDependenciesFor(system, integrations);
      if (dependencies.tokens.length === 0) {
        process.stderr.write(
          'No API token configured: /api/* answers 503 until CAIO_API_TOKEN or auth.tokens is set.\n',
        );
      }
      if (config.slackSigningSecrets.length === 0) {
        process.stderr.write('No SLACK_SIGNING_SECRET: POST /slack/interactions answers 503.\n');
      }
      const unsignedVendors = Object.entries(config.webhookSecrets.vendors)
        .filter(([, secrets]) => secrets.length === 0)
        .map(([vendor]) => `/webhooks/${vendor}`);
      if (unsignedVendors.length > 0) {
        process.stderr.write(`No webhook secret: ${unsignedVendors.join(', ')} answer 503 (docs/inbound.md).\n`);
      }
      const app = createServerApp(dependencies);
      const jobs = await system.jobs();
      await jobs.work<ExecuteApprovalBatchPayload>(executeApprovalBatchJob, (job) =>
        handleExecuteApprovalBatchJob(deskDependenciesOf(dependencies), job),
      );
      // Embedded mode: one process holds the database, so the send worker runs here (issue 4). With
      // DATABASE_URL, `caio work` runs it on as many machines as needed.
      let stopWorkers: () => Promise<void> = async () => undefined;
      if (config.databaseUrl) await startInboundEventWorker(jobs, system);
      else stopWorkers = await startWorkers(system, integrations);
      await startApprovalEscalation(jobs, approvalEscalationDependenciesFor(system, integrations), (summary) =>
        process.stdout.write(`${summary}\n`),
      );
      const hostname = options.host ?? config.server.host;
      const port = options.port ?? config.server.port;
      await new Promise<void>((resolveStopped, rejectStopped) => {
        const server = serve({ fetch: app.fetch, hostname, port }, (info) => {
          // Other `caio` commands find the API here while this process holds the database lock.
          writeServeRecord(config.home, { url: `http://${reachableHost(hostname)}:${info.port}`, pid: process.pid });
          process.stdout.write(`caio serve: listening on http://${hostname}:${info.port} (mode ${config.mode})\n`);
        });
        server.once('error', rejectStopped);
        const stop = () =>
          server.close(() => {
            removeServeRecord(config.home, process.pid);
            resolveStopped();
          });
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      }).finally(async () => {
        // IMAP IDLE connections would keep the process alive: stop the workers before the database.
        await stopWorkers();
        await system.close();
      });
    });
}
