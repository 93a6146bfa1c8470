import type { JobQueue, QueuedJob, SendJobOptions } from '../ports/job-queue.js';

/** One job the in-memory queue holds. `startAfter` is epoch milliseconds (UTC); 0 = at once. */
export interface InMemoryJob {
  id: string;
  name: string;
  payload: object;
  singletonKey: string | null;
  startAfter: number;
  state: 'queued' | 'completed' | 'failed' | 'cancelled';
}

/** The in-memory queue: the {@link JobQueue} port plus a view of its jobs and a manual runner for tests. */
export interface InMemoryJobQueue extends JobQueue {
  /** Every job sent so far, in send order (cancelled and completed ones too). */
  readonly jobs: readonly InMemoryJob[];
  /**
   * Runs, once each and in send order, every queued job whose `startAfter` is at or before `now`
   * (epoch ms) and whose queue has a handler; a throw marks the job failed (no retry here).
   * @returns how many jobs ran
   */
  runDue(now: number): Promise<number>;
}

/**
 * A {@link JobQueue} in one process's memory, for tests and single-process tools: no persistence, no
 * retries, no transactions (the transaction option is ignored). Like pg-boss's standard policy a send
 * with a singleton key always enqueues (handlers are idempotent, see `SendJobOptions.singletonKey`);
 * `cancel` removes the waiting jobs of a key (specs/scheduling.md §6.8 "delete on cancel").
 */
export function createInMemoryJobQueue(): InMemoryJobQueue {
  const jobs: InMemoryJob[] = [];
  const handlers = new Map<string, (job: QueuedJob<unknown>) => Promise<void>>();
  return {
    jobs,
    declareQueues: async () => undefined,
    async send(name: string, payload: object, options: SendJobOptions = {}) {
      const id = `job-${jobs.length + 1}`;
      jobs.push({
        id,
        name,
        payload,
        singletonKey: options.singletonKey ?? null,
        startAfter: options.startAfter?.getTime() ?? 0,
        state: 'queued',
      });
      return id;
    },
    async work<Payload>(name: string, handler: (job: QueuedJob<Payload>) => Promise<void>) {
      handlers.set(name, handler as (job: QueuedJob<unknown>) => Promise<void>);
    },
    async cancel(queue: string, jobKey: string) {
      const waiting = jobs.filter((job) => job.name === queue && job.singletonKey === jobKey && job.state === 'queued');
      for (const job of waiting) job.state = 'cancelled';
      return waiting.length;
    },
    async queuedCount(name: string) {
      return jobs.filter((job) => job.name === name && job.state === 'queued').length;
    },
    async runDue(now: number) {
      let ran = 0;
      for (const job of jobs.filter((candidate) => candidate.state === 'queued' && candidate.startAfter <= now)) {
        const handler = handlers.get(job.name);
        if (!handler) continue;
        ran += 1;
        try {
          await handler({ id: job.id, name: job.name, payload: job.payload, retryCount: 0 });
          job.state = 'completed';
        } catch {
          job.state = 'failed';
        }
      }
      return ran;
    },
    stop: async () => undefined,
  };
}
