import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PgBoss, fromPglite } from 'pg-boss';
import { parse, stringify } from 'yaml';
import { loadConfig } from '../config/load-config.js';
import { isJobSignal } from '../domain/job-signals.js';
import { openSystem } from '../main/open-system.js';
import { sendBatchSize, sendWorkerDependenciesFor } from '../main/send-worker.js';
import { handleSendJobs } from '../outbound/delivery/index.js';
import type { OutboundTransport } from '../ports/outbound-transport.js';
import type { OutboxMessage } from '../ports/pipeline-store.js';
import { countSendCapViolations, type DeliveredSend } from './send-cap-violations.js';

/** The issue-4 send-queue benchmark result. */
export interface SendQueueMeasurement {
  jobs: number;
  mailboxes: number;
  recipientDomains: number;
  /** Raw pg-boss: `send`, then `fetch` + `complete` one by one, of `jobs` jobs, wall ms. */
  baselineMs: number;
  /** The send worker: the same send, then `fetch` + `complete` of up to {@link sendBatchSize} jobs with `handleSendJobs`, wall ms. */
  workerMs: number;
  /** Raw pg-boss fetching and completing {@link sendBatchSize} jobs at a time like the worker (same sends), wall ms. */
  batchedBaselineMs: number;
  /** workerJobsPerSecond ÷ the batched baseline's jobs per second (the worker's own overhead over the queue's). */
  ratioToBatchedBaseline: number;
  /** Handler runs (sends, deferrals, refusals; a deferral is a processed job) per second of wall time. */
  workerJobsPerSecond: number;
  baselineJobsPerSecond: number;
  /** workerJobsPerSecond ÷ baselineJobsPerSecond (target ≥ 0.5). */
  ratio: number;
  sent: number;
  deferred: number;
  refused: number;
  /** SPEC §3.7 caps broken over the delivery instants (target: none). */
  limitViolations: string[];
  /** Eligible (arrival on the simulated clock) to dispatch (transport call), simulated ms. Target p99 ≤ 1000. */
  eligibleToDispatchP50Ms: number;
  eligibleToDispatchP99Ms: number;
  /** Simulated span of the arrival stream, hours. */
  simulatedHours: number;
}

const mailboxCount = 200;
const domainCount = 40;
/** Monday 2026-11-23 10:00 in New York: the stream (≈5.6 h at 100k jobs) stays inside the send window. */
const startMs = Date.parse('2026-11-23T15:00:00Z');
/** Mean gap between arrivals: 80 % of the mailboxes' capacity (200 mailboxes × 1 send per 30 s). */
const meanArrivalGapMs = (30_000 / mailboxCount) * 1.25;
/** Raised caps (`limits.allowAboveDefaults: true`) sized so the stream fits; spacing stays the SPEC's 30 s. */
const raisedLimits = {
  monthly: 1_000_000,
  daily: 500_000,
  hourly: 40_000,
  perRecipientDomainPerHour: 2_000,
  mailboxSpacingSeconds: 30,
  mailboxDaily: 5_000,
  allowAboveDefaults: true,
};

/** Deterministic [0, 1) source (mulberry32) so every run measures the same stream. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number;
}

/** A config for the run: the example config in `full` mode, 200 cold SMTP mailboxes (served by the no-op transport), raised limits. */
function writeBenchConfig(repositoryRoot: string, workDir: string): string {
  const document = parse(readFileSync(join(repositoryRoot, 'examples/caio.config.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  const outbound = (document['outbound'] as Record<string, unknown> | undefined) ?? {};
  document['mode'] = 'full';
  document['limits'] = raisedLimits;
  document['ramp'] = { supervisedDays: 0 };
  document['unsubscribe'] = { baseUrl: 'https://caio.example.com' };
  document['outbound'] = {
    ...outbound,
    fallbackTimeZone: 'America/New_York',
    mailboxes: Array.from({ length: mailboxCount }, (_, index) => ({
      address: `sender${index}@cold${index % 10}.example.com`,
      stream: 'cold',
      platform: 'smtp',
    })),
  };
  const path = join(workDir, 'send-queue-bench.yaml');
  writeFileSync(path, stringify(document));
  return path;
}

/**
 * Measures the send worker against raw pg-boss on one in-memory PGlite database (issue 4
 * "Benchmark"): `jobs` queued outbox rows to 40 recipient domains, 200 mailboxes, a no-op transport,
 * every send-policy validator on, `full` mode, limits raised with `allowAboveDefaults`. Jobs arrive
 * on a simulated clock (Poisson, 80 % of mailbox capacity); the clock moves to each job's arrival as
 * it is handled, so policy delays show up in simulated time. A deferral (`RetryJobAfter`) counts as a
 * processed job and is re-queued when the simulated clock reaches its delay.
 */
export async function measureSendQueue(options: {
  repositoryRoot: string;
  workDir: string;
  jobs: number;
}): Promise<SendQueueMeasurement> {
  const random = seededRandom(4);
  let nowMs = startMs;
  const clock = { now: () => new Date(nowMs) };
  const config = loadConfig(writeBenchConfig(options.repositoryRoot, options.workDir), {
    CAIO_HOME: join(options.workDir, 'send-queue-home'),
    CAIO_UNSUBSCRIBE_SECRET: 'bench-unsubscribe-secret-0123456789abcdef0123',
  });
  const system = await openSystem(config, { clock, inMemory: true });
  const delivered: (DeliveredSend & { outboxId: string })[] = [];
  const deliveredIds = new Set<string>();
  const noop: OutboundTransport = {
    platform: 'smtp',
    channel: 'email',
    async deliver(message) {
      deliveredIds.add(message.messageId);
      delivered.push({
        outboxId: message.outboxId,
        atMs: nowMs,
        mailbox: message.from,
        recipientDomain: message.to.slice(message.to.indexOf('@') + 1),
      });
      return { wireMessageId: null };
    },
    reconcile: async (message) =>
      deliveredIds.has(message.messageId) ? { status: 'delivered', wireMessageId: null } : { status: 'not_delivered' },
  };
  try {
    const dependencies = await sendWorkerDependenciesFor(system, { transports: [noop] });
    const arrivals = await seedOutbox(system, options.jobs, random);
    const pglite = system.database.pglite;
    if (!pglite) throw new Error('the benchmark runs on the in-memory PGlite database');
    const boss = new PgBoss({ db: fromPglite(pglite), backend: 'pglite', schema: 'pgboss' });
    boss.on('error', () => undefined);
    await boss.start();
    await boss.createQueue('bench-baseline');
    try {
      const payloads = arrivals.map((arrival) => ({ ...arrival, readyAtMs: arrival.arrivalMs }));
      const baselineStarted = performance.now();
      await insertAll(boss, 'bench-baseline', payloads);
      await drain<(typeof payloads)[number]>(boss, 'bench-baseline', async () => undefined);
      const baselineMs = performance.now() - baselineStarted;
      // Each phase starts on an empty job table, as the first did: completed jobs of an earlier phase
      // would slow the later phases' fetches (and hold memory) without being part of their work.
      await boss.deleteQueue('bench-baseline');
      await boss.createQueue('bench-baseline-batched');
      const batchedStarted = performance.now();
      await insertAll(boss, 'bench-baseline-batched', payloads);
      await drainBatches<(typeof payloads)[number]>(boss, 'bench-baseline-batched', async () => undefined);
      const batchedBaselineMs = performance.now() - batchedStarted;
      await boss.deleteQueue('bench-baseline-batched');

      const deferredJobs: (typeof payloads)[number][] = [];
      const counts = { processed: 0, deferred: 0, refused: 0 };
      await boss.createQueue('bench-send');
      let lastInstantMs = nowMs;
      const workerStarted = performance.now();
      await insertAll(boss, 'bench-send', payloads);
      let roundStartMs = nowMs;
      for (;;) {
        await drainBatches<(typeof payloads)[number]>(boss, 'bench-send', async (batch) => {
          const instantOf = new Map<string, number>();
          const jobs = batch.map((payload) => {
            const id = randomUUID();
            instantOf.set(id, Math.max(roundStartMs, payload.readyAtMs));
            return {
              id,
              name: 'send-email',
              payload: { outboxId: payload.outboxId, idempotencyKey: payload.idempotencyKey },
              retryCount: 0,
            };
          });
          counts.processed += jobs.length;
          // Each job is evaluated and dispatched at its own instant on the simulated clock.
          const settlements = await handleSendJobs(jobs, dependencies, {
            beforeEach: (job) => {
              nowMs = instantOf.get(job.id) ?? nowMs;
            },
          });
          for (const [index, settlement] of settlements.entries()) {
            if (settlement.status === 'fulfilled') continue;
            const error: unknown = settlement.reason;
            const payload = batch[index] as (typeof payloads)[number];
            const jobInstant = instantOf.get((jobs[index] as { id: string }).id) ?? nowMs;
            if (isJobSignal(error) && error.kind === 'retry_after') {
              counts.deferred += 1;
              deferredJobs.push({ ...payload, readyAtMs: jobInstant + error.delayMs });
            } else counts.refused += 1;
          }
          for (const instant of instantOf.values()) lastInstantMs = Math.max(lastInstantMs, instant);
        });
        if (deferredJobs.length === 0) break;
        // The simulated clock reaches the deferrals: queue them again (pg-boss `startAfter` in simulated time).
        roundStartMs = lastInstantMs;
        await insertAll(boss, 'bench-send', deferredJobs.splice(0));
      }
      const workerMs = performance.now() - workerStarted;

      const arrivalById = new Map(arrivals.map((arrival) => [arrival.outboxId, arrival.arrivalMs]));
      const latencies = delivered
        .map((send) => send.atMs - (arrivalById.get(send.outboxId) ?? send.atMs))
        .sort((left, right) => left - right);
      const baselineJobsPerSecond = (options.jobs / baselineMs) * 1000;
      const workerJobsPerSecond = (counts.processed / workerMs) * 1000;
      return {
        jobs: options.jobs,
        mailboxes: mailboxCount,
        recipientDomains: domainCount,
        baselineMs,
        workerMs,
        workerJobsPerSecond,
        baselineJobsPerSecond,
        ratio: workerJobsPerSecond / baselineJobsPerSecond,
        batchedBaselineMs,
        ratioToBatchedBaseline: workerJobsPerSecond / ((options.jobs / batchedBaselineMs) * 1000),
        sent: delivered.length,
        deferred: counts.deferred,
        refused: counts.refused,
        limitViolations: countSendCapViolations(delivered, raisedLimits),
        eligibleToDispatchP50Ms: percentile(latencies, 0.5),
        eligibleToDispatchP99Ms: percentile(latencies, 0.99),
        simulatedHours: ((arrivals.at(-1)?.arrivalMs ?? startMs) - startMs) / 3_600_000,
      };
    } finally {
      await boss.stop({ graceful: false, close: false });
    }
  } finally {
    await system.close();
  }
}

interface Arrival {
  outboxId: string;
  idempotencyKey: string;
  arrivalMs: number;
}

/** Seeds `count` tier-1 leads in New York and one queued first-touch outbox row each; returns arrivals in order. */
async function seedOutbox(
  system: Awaited<ReturnType<typeof openSystem>>,
  count: number,
  random: () => number,
): Promise<Arrival[]> {
  const arrivals: Arrival[] = [];
  let arrivalMs = startMs;
  for (let offset = 0; offset < count; offset += 1000) {
    const size = Math.min(1000, count - offset);
    const candidates = Array.from({ length: size }, (_, index) => {
      const email = `lead${offset + index}@d${Math.floor(random() * domainCount)}.example.org`;
      return {
        rowNumber: offset + index + 1,
        firstName: 'Lead',
        lastName: `${offset + index}`,
        title: 'VP Operations',
        seniority: 'vp',
        email,
        emailKey: email,
        linkedinUrl: null,
        phone: null,
        companyName: `Company ${offset + index}`,
        companyDomain: email.slice(email.indexOf('@') + 1),
        industry: 'Logistics',
        employeeCount: 120,
        city: 'New York',
        state: 'NY',
        country: 'USA',
        source: 'bench',
        attributes: {},
      };
    });
    const upserted = await system.store.leads.upsertMany(candidates);
    await system.store.leads.recordProgress(
      upserted.map(({ lead }) => ({ id: lead.id, status: 'queued' as const, tier: 'tier_1' as const, score: 80 })),
    );
    const messages: OutboxMessage[] = upserted.map(({ lead }) => {
      const messageId = `<${randomUUID()}@cold0.example.com>`;
      return {
        id: randomUUID(),
        idempotencyKey: `send:${lead.id}:1:email`,
        messageId,
        wireMessageId: null,
        threadKey: messageId,
        sequenceStep: 1,
        inReplyTo: null,
        references: [],
        leadId: lead.id,
        draftId: null,
        mailbox: 'sender0@cold0.example.com',
        recipient: lead.email as string,
        subject: 'Operations',
        channel: 'email',
        status: 'queued',
        raw: `Message-ID: ${messageId}\r\n\r\nHello.\r\n`,
      };
    });
    await system.store.outbox.insertMany(messages);
    for (const message of messages) {
      arrivalMs += Math.round(-Math.log(1 - random()) * meanArrivalGapMs);
      arrivals.push({ outboxId: message.id, idempotencyKey: message.idempotencyKey, arrivalMs });
    }
  }
  return arrivals;
}

/** Enqueues one job per payload with `send`, as producers do (`JobQueue.send`). */
async function insertAll<Payload extends object>(
  boss: PgBoss,
  name: string,
  payloads: readonly Payload[],
): Promise<void> {
  for (const payload of payloads) await boss.send(name, payload);
}

/**
 * Fetches one job at a time (pg-boss `work`'s default batch size), handles it and completes it,
 * until the queue is empty.
 */
async function drain<Payload extends object>(
  boss: PgBoss,
  name: string,
  handle: (payload: Payload) => Promise<void>,
): Promise<void> {
  for (;;) {
    const [job] = await boss.fetch<Payload>(name, { batchSize: 1 });
    if (!job) return;
    await handle(job.data);
    await boss.complete(name, job.id);
  }
}

/** Jobs the worker side fetches and completes per round trip (`startSendWorkers` uses the same). */
const benchBatchSize = sendBatchSize;

/** Fetches up to {@link benchBatchSize} jobs, handles them as one batch and completes them, until the queue is empty. */
async function drainBatches<Payload extends object>(
  boss: PgBoss,
  name: string,
  handle: (payloads: Payload[]) => Promise<void>,
): Promise<void> {
  for (;;) {
    const jobs = await boss.fetch<Payload>(name, { batchSize: benchBatchSize });
    if (jobs.length === 0) return;
    await handle(jobs.map((job) => job.data));
    await boss.complete(
      name,
      jobs.map((job) => job.id),
    );
  }
}
