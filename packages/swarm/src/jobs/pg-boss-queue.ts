import { PgBoss, fromKysely, fromPglite, type JobResult, type PGliteLike } from 'pg-boss';
import { isJobSignal } from '../domain/job-signals.js';
import type { JobQueue, QueuedJob, SendJobOptions, SendManyJobsOptions, StoreTransaction } from '../ports/job-queue.js';

/** How pg-boss reaches the database: the embedded PGlite instance or a PostgreSQL URL. */
export type PgBossConnection = { kind: 'pglite'; pglite: PGliteLike } | { kind: 'postgres'; connectionString: string };

type KyselyTransactionLike = Parameters<typeof fromKysely>[0];
type PgBossDatabase = ReturnType<typeof fromKysely>;

/**
 * Starts pg-boss and returns it behind the {@link JobQueue} port. Queues are created on first use
 * with a dead-letter queue `<name>.dead` (STYLE.md §7: poison jobs never block a worker). Handlers'
 * job signals (`domain/job-signals.ts`): `NeverRetryJob` completes the job, `RetryJobAfter`
 * re-enqueues the payload with `startAfter` (whole seconds) and completes this one, anything else
 * fails the attempt so pg-boss retries with backoff and finally dead-letters it.
 */
export async function createPgBossJobQueue(connection: PgBossConnection): Promise<JobQueue> {
  const boss =
    connection.kind === 'pglite'
      ? new PgBoss({ db: fromPglite(connection.pglite), backend: 'pglite', schema: 'pgboss' })
      : new PgBoss({ connectionString: connection.connectionString, schema: 'pgboss' });
  boss.on('error', () => {
    // Surfaced through handler failures and the dead-letter queue; pg-boss retries its own maintenance.
  });
  await boss.start();
  const knownQueues = new Set<string>();

  async function ensureQueue(name: string): Promise<void> {
    if (knownQueues.has(name)) return;
    const deadLetter = `${name}.dead`;
    if (!(await boss.getQueue(deadLetter))) await boss.createQueue(deadLetter);
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { deadLetter, retryLimit: 3, retryBackoff: true });
    knownQueues.add(name);
  }

  /**
   * Ensures `name` exists and returns the pg-boss handle of the caller's transaction, if any.
   * Queues must exist before a transactional send: on PGlite any query outside the open transaction
   * waits for it to finish, so creating the queue inside it would deadlock.
   */
  async function prepareSend(name: string, transaction: StoreTransaction | undefined): Promise<PgBossDatabase | null> {
    if (!knownQueues.has(name) && transaction) {
      throw new Error(`Job queue "${name}" is not declared; call declareQueues([...]) at start-up.`);
    }
    await ensureQueue(name);
    return transaction ? fromKysely(transaction as unknown as KyselyTransactionLike) : null;
  }

  /**
   * Applies a handler's job signal to its job: true = complete it (`never_retry`, or `retry_after`
   * after re-enqueueing the payload with `startAfter` in whole seconds), false = fail the attempt.
   */
  async function completesAfterSignal(name: string, data: unknown, error: unknown): Promise<boolean> {
    if (!isJobSignal(error) || error.kind === 'transient') return false;
    if (error.kind === 'retry_after') {
      await boss.send(name, data as object, { startAfter: Math.max(1, Math.ceil(error.delayMs / 1000)) });
    }
    return true;
  }

  return {
    async declareQueues(names: readonly string[]) {
      for (const name of names) await ensureQueue(name);
    },
    async send(name: string, payload: object, options: SendJobOptions = {}) {
      const db = await prepareSend(name, options.transaction);
      return boss.send(name, payload, {
        ...(options.startAfter ? { startAfter: options.startAfter } : {}),
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
        ...(options.retryLimit !== undefined ? { retryLimit: options.retryLimit } : {}),
        ...(db ? { db } : {}),
      });
    },
    async sendMany(name: string, payloads: readonly object[], options: SendManyJobsOptions = {}) {
      if (payloads.length === 0) return;
      const db = await prepareSend(name, options.transaction);
      await boss.insert(
        name,
        payloads.map((payload) => ({ data: payload })),
        db ? { db } : {},
      );
    },
    async work<Payload>(name: string, handler: (job: QueuedJob<Payload>) => Promise<void>) {
      await ensureQueue(name);
      await boss.work<Payload>(name, { includeMetadata: true }, async (jobs) => {
        for (const job of jobs) {
          try {
            await handler(toQueuedJob(job));
          } catch (error) {
            // never_retry: the handler recorded the outcome; completing the job is the point.
            if (!(await completesAfterSignal(name, job.data, error))) throw error;
          }
        }
      });
    },
    async workBatch<Payload>(
      name: string,
      options: { batchSize: number },
      handler: (jobs: QueuedJob<Payload>[]) => Promise<PromiseSettledResult<unknown>[]>,
    ) {
      await ensureQueue(name);
      // perJobResults: each job completes or fails on its own; a full batch fetches again at once.
      await boss.work<Payload>(
        name,
        { includeMetadata: true, batchSize: options.batchSize, perJobResults: true, burstWhenBatchFull: true },
        async (jobs) => {
          const settlements = await handler(jobs.map((job) => toQueuedJob(job)));
          const results: JobResult[] = [];
          for (const [index, job] of jobs.entries()) {
            const settlement = settlements[index];
            if (!settlement || settlement.status === 'fulfilled') {
              results.push({ id: job.id, status: settlement ? 'completed' : 'failed' });
              continue;
            }
            const error: unknown = settlement.reason;
            results.push(
              (await completesAfterSignal(name, job.data, error))
                ? { id: job.id, status: 'completed' }
                : { id: job.id, status: 'failed', output: { message: String(error) } },
            );
          }
          return results;
        },
      );
    },
    async schedule(name: string, cron: string) {
      await ensureQueue(name);
      await boss.schedule(name, cron, {}, { tz: 'UTC' });
    },
    async cancel(queue: string, jobKey: string) {
      await ensureQueue(queue);
      // The send answered an id, but callers hold the key: look the waiting jobs up by singleton key.
      const waiting = await boss.findJobs(queue, { key: jobKey, queued: true, limit: 1000 });
      if (waiting.length === 0) return 0;
      await boss.cancel(
        queue,
        waiting.map((job) => job.id),
      );
      return waiting.length;
    },
    async queuedCount(name: string) {
      await ensureQueue(name);
      // Queue stats are refreshed by pg-boss's monitor on PostgreSQL; count the jobs themselves.
      let count = 0;
      let after: string | undefined;
      for (;;) {
        const page = await boss.findJobs(name, { queued: true, limit: 10_000, ...(after ? { after } : {}) });
        count += page.length;
        if (page.length < 10_000) return count;
        after = page.at(-1)?.id;
      }
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}

/** A fetched pg-boss job as the port's {@link QueuedJob}. */
function toQueuedJob<Payload>(job: {
  id: string;
  name: string;
  data: Payload;
  retryCount: number;
}): QueuedJob<Payload> {
  return { id: job.id, name: job.name, payload: job.data, retryCount: job.retryCount };
}

/** Narrows the opaque port handle for documentation purposes; the store hands out Kysely transactions. */
export type { StoreTransaction };
