import { meetingReminderJob } from '../scheduling/conversation/index.js';
import { schedulingDispatchJob } from './scheduling-workers.js';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { createApolloEnrichmentProvider } from '../adapters/apollo/index.js';
import { createEmbeddedEnrichmentProvider, loadEmbeddedCompanyData } from '../adapters/embedded/index.js';
import { createMimeMessageRenderer } from '../adapters/mime/index.js';
import { loadAngleLibrary } from '../adapters/templates/index.js';
import type { ResolvedConfig } from '../config/load-config.js';
import { defaultEmbeddedCompaniesPath, defaultEmbeddedSignalsPath } from '../config/enrichment-schema.js';
import { redactPii } from '../defence/index.js';
import {
  createActionGateway,
  createHourlyRateLimiter,
  parsePermissionMatrix,
  type ActionGateway,
} from '../guardrails/index.js';
import { loadCircuitBreaker, type CircuitBreaker } from '../guardrails/resilience/index.js';
import { createPgBossJobQueue } from '../jobs/pg-boss-queue.js';
import { createEnrichmentWaterfall, createInMemoryEnrichmentCache } from '../pipeline/enrich/index.js';
import type { PipelineDependencies, StageProgress } from '../pipeline/run/index.js';
import { sendEmailJob } from '../pipeline/run/index.js';
import { deadSendEmailJob } from '../outbound/delivery/index.js';
import { executeApprovalBatchJob } from '../pipeline/approval/index.js';
import { approvalEscalationJob } from '../pipeline/approval-notifications/index.js';
import { inboundEventJob } from '../inbound/index.js';
import { inboundRetentionJob } from './inbound-webhooks.js';
import { compileIcp } from '../pipeline/segment/index.js';
import type { Clock } from '../ports/clock.js';
import type { ControlFlags } from '../ports/control-flags.js';
import type { EnrichmentProvider } from '../ports/enrichment-provider.js';
import type { JobQueue } from '../ports/job-queue.js';
import type { Store } from '../ports/pipeline-store.js';
import type { RunLog } from '../ports/run-log.js';
import {
  createComplianceStore,
  createControlFlagRepository,
  createRunRepository,
  createSqlBreakerStateStore,
  createSqlEnrichmentCache,
  createStore,
  openDatabase,
  type OpenDatabase,
} from '../store/index.js';
import type { ComplianceDependencies } from '../compliance/index.js';
import { resolveUnsubscribeSecret } from './deployment-secrets.js';
import { createKillSwitches } from './kill-switches.js';
import { renderingExtrasFor } from './rendering-extras.js';
import { resolveDataPath, resourcePath } from './resources.js';

/** Every queue the product declares at start-up (queues must exist before a transactional enqueue). */
export const declaredQueues = [
  sendEmailJob,
  deadSendEmailJob,
  executeApprovalBatchJob,
  approvalEscalationJob,
  inboundEventJob,
  inboundRetentionJob,
  meetingReminderJob,
  schedulingDispatchJob,
] as const;

/** The wired system: one database, one store, one gateway. Close it before exiting. */
export interface System {
  readonly config: ResolvedConfig;
  readonly database: OpenDatabase;
  readonly store: Store;
  readonly runLog: RunLog;
  readonly killSwitches: ControlFlags;
  readonly gateway: ActionGateway;
  readonly clock: Clock;
  /** The compliance use cases' dependencies (EM-4, GDPR-1/2/4): `recordOptOut(system.compliance, …)`. */
  readonly compliance: ComplianceDependencies;
  /** The deployment unsubscribe secret (EM-3), resolved on first call. */
  unsubscribeSecret(): string;
  /** The job queue; started on first call. */
  jobs(): Promise<JobQueue>;
  /** Loads enrichment data, templates and secrets, and returns what `runPipeline` needs. */
  pipelineDependencies(options: {
    actor: string;
    onProgress?: (progress: StageProgress) => void;
  }): Promise<PipelineDependencies>;
  close(): Promise<void>;
}

export interface OpenSystemOptions {
  clock?: Clock;
  /** Keep the database in memory (benchmarks, tests). */
  inMemory?: boolean;
}

const systemClock: Clock = { now: () => new Date() };

/**
 * The composition root (ARCHITECTURE.md): opens the database (PGlite under `CAIO_HOME` or PostgreSQL
 * at `DATABASE_URL`), builds the store, kill switches and the action gateway, and wires pipeline
 * dependencies on demand. The only module that imports everything.
 */
export async function openSystem(config: ResolvedConfig, options: OpenSystemOptions = {}): Promise<System> {
  const clock = options.clock ?? systemClock;
  const database = await openDatabase({
    home: config.home,
    databaseUrl: config.databaseUrl,
    inMemory: options.inMemory ?? false,
  });
  try {
    const flags = createControlFlagRepository(database.db);
    const salt = String(await flags.getOrInit('suppression_salt', randomUUID(), 'system'));
    const store = createStore(database.db, { suppressionSalt: salt });
    const killSwitches = createKillSwitches({
      flags,
      home: config.home,
      environmentSwitches: config.environmentKillSwitches,
    });
    const matrixFile = resourcePath('permission-matrix.yaml');
    const matrix = parsePermissionMatrix(parseYaml(readFileSync(matrixFile, 'utf8')), matrixFile);
    const gateway = createActionGateway({
      matrix,
      controlFlags: killSwitches,
      mode: config.mode,
      classOverrides: config.approval.classes,
      rateLimiter: createHourlyRateLimiter(),
      audit: store.audit,
      clock,
      redact: redactPii,
    });
    let jobQueue: Promise<JobQueue> | null = null;
    const jobs = () => {
      jobQueue ??= (async () => {
        const queue = await createPgBossJobQueue(
          database.pglite
            ? { kind: 'pglite', pglite: database.pglite }
            : { kind: 'postgres', connectionString: config.databaseUrl as string },
        );
        await queue.declareQueues(declaredQueues);
        return queue;
      })();
      return jobQueue;
    };
    const unsubscribeSecret = () =>
      resolveUnsubscribeSecret({
        fromEnvironment: config.unsubscribeSecret,
        home: config.home,
        shared: Boolean(config.databaseUrl),
      });
    return {
      config,
      database,
      store,
      compliance: {
        compliance: createComplianceStore(database.db, salt),
        audit: store.audit,
        clock,
        newId: randomUUID,
        vendors: personalDataVendors(config),
      },
      unsubscribeSecret,
      runLog: createRunRepository(database.db),
      killSwitches,
      gateway,
      clock,
      jobs,
      pipelineDependencies: (dependencyOptions) =>
        buildPipelineDependencies(config, { database, store, gateway, clock, jobs }, dependencyOptions),
      async close() {
        if (jobQueue) await (await jobQueue).stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Vendors holding personal data that an erasure must reach (GDPR-2), recorded as `pending` on every
 * erasure: the configured paid enrichment vendors and the outbound platforms leads are pushed to.
 */
function personalDataVendors(config: ResolvedConfig): string[] {
  const vendors: string[] = config.enrichment.providers.filter(
    (slug) => slug === 'apollo' && Boolean(config.enrichment.apollo?.apiKey),
  );
  if (config.instantly.campaignId && config.instantlyApiKey) vendors.push('instantly');
  if (config.goHighLevel) vendors.push('gohighlevel');
  if (config.heyreach.campaignId && config.heyReachApiKey) vendors.push('heyreach');
  return vendors;
}

async function buildEnrichmentProviders(config: ResolvedConfig, clock: Clock): Promise<EnrichmentProvider[]> {
  const providers: EnrichmentProvider[] = [];
  for (const slug of config.enrichment.providers) {
    if (slug === 'embedded') {
      const data = await loadEmbeddedCompanyData(
        resolveDataPath(config.enrichment.embedded.companiesPath, defaultEmbeddedCompaniesPath),
        resolveDataPath(config.enrichment.embedded.signalsPath, defaultEmbeddedSignalsPath),
      );
      providers.push(createEmbeddedEnrichmentProvider(data));
    } else if (slug === 'apollo' && config.enrichment.apollo?.apiKey) {
      const apollo = config.enrichment.apollo;
      providers.push(
        createApolloEnrichmentProvider({
          apiKey: apollo.apiKey as string,
          baseUrl: apollo.baseUrl,
          timeoutMs: apollo.timeoutMs,
          fetch: globalThis.fetch,
          clock,
        }),
      );
    }
  }
  return providers;
}

async function buildPipelineDependencies(
  config: ResolvedConfig,
  parts: { database: OpenDatabase; store: Store; gateway: ActionGateway; clock: Clock; jobs: () => Promise<JobQueue> },
  options: { actor: string; onProgress?: (progress: StageProgress) => void },
): Promise<PipelineDependencies> {
  const { database, store, gateway, clock } = parts;
  const providers = await buildEnrichmentProviders(config, clock);
  const remoteProviders = providers.filter((provider) => provider.slug !== 'embedded');
  const breakerStore = createSqlBreakerStateStore(database.db);
  const breakers: Record<string, CircuitBreaker> = {};
  for (const provider of remoteProviders)
    breakers[provider.slug] = await loadCircuitBreaker({ name: provider.slug, clock, store: breakerStore });
  // Embedded answers are local and free, so they are cached in memory only; paid vendor answers persist.
  const cache =
    remoteProviders.length > 0
      ? createSqlEnrichmentCache(database.db, clock)
      : createInMemoryEnrichmentCache({ clock });
  const dayMs = 86_400_000;
  const enrichment = createEnrichmentWaterfall({
    providers,
    cache,
    clock,
    breakers,
    companyTtlMs: config.enrichment.cache.companyTtlDays * dayMs,
    personTtlMs: config.enrichment.cache.personTtlDays * dayMs,
    monotonicNow: () => performance.now(),
  });
  const jobs = config.mode === 'shadow' ? lazyJobQueue(parts.jobs) : await parts.jobs();
  const unsubscribeSecret = resolveUnsubscribeSecret({
    fromEnvironment: config.unsubscribeSecret,
    home: config.home,
    shared: Boolean(config.databaseUrl),
  });
  return {
    store,
    runLog: createRunRepository(database.db),
    jobs,
    gateway,
    enrichment,
    icp: compileIcp(config.icp),
    angles: await loadAngleLibrary(config.craft.resourcesDir ?? resourcePath()),
    guard: config.guard,
    renderer: createMimeMessageRenderer(),
    sender: { ...config.sender, ...(config.signature ? { signature: config.signature } : {}) },
    bookingLink: config.bookingLink,
    unsubscribe: {
      baseUrl: config.unsubscribe.baseUrl,
      ...(config.unsubscribe.mailto ? { mailto: config.unsubscribe.mailto } : {}),
      secret: unsubscribeSecret,
    },
    ...renderingExtrasFor(config, unsubscribeSecret),
    approvalTimeoutMinutes: config.approval.timeoutMinutes,
    mode: config.mode,
    clock,
    newId: randomUUID,
    actor: options.actor,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
}

/**
 * A job queue that starts pg-boss (through `start`, memoised by the caller) only when something first
 * uses it: in shadow mode nothing is enqueued during a run, and `caio serve` enqueues only when an
 * approval sends. `stop` is a no-op — the owner of `start` stops the real queue.
 */
export function lazyJobQueue(start: () => Promise<JobQueue>): JobQueue {
  return {
    declareQueues: async (names) => (await start()).declareQueues(names),
    send: async (name, payload, sendOptions) => (await start()).send(name, payload, sendOptions),
    sendMany: async (name, payloads, manyOptions) => {
      const queue = await start();
      if (queue.sendMany) await queue.sendMany(name, payloads, manyOptions);
      else for (const payload of payloads) await queue.send(name, payload, manyOptions);
    },
    work: async (name, handler) => (await start()).work(name, handler),
    schedule: async (name, cron) => {
      const queue = await start();
      if (!queue.schedule) throw new Error('This job queue cannot schedule cron jobs.');
      await queue.schedule(name, cron);
    },
    queuedCount: async (name) => (await start()).queuedCount(name),
    cancel: async (name, jobKey) => {
      const queue = await start();
      return queue.cancel ? queue.cancel(name, jobKey) : 0;
    },
    stop: async () => undefined,
  };
}
