import { isJobSignal } from '../../domain/job-signals.js';
import { deadSendEmailJob, handleDeadSendJob } from '../../outbound/delivery/handle-dead-send-job.js';
import { sendEmailJob } from '../../outbound/delivery/handle-send-job.js';
import { handleSendJobs, type SendJobSettlement } from '../../outbound/delivery/handle-send-jobs.js';
import type { SendWorkerDependencies } from '../../outbound/delivery/send-worker-dependencies.js';
import type { ChaosInstruments } from './chaos-instruments.js';
import type { ChaosSchedule } from './chaos-schedule.js';
import { createSimulatedSendQueue, simulatedRetryLimit, type SimulatedJob } from './simulated-send-queue.js';

/** An outbox row the schedule sends, as its outbox-path job payload. */
export interface ChaosMessage {
  outboxId: string;
  idempotencyKey: string;
}

/** What a run left behind for the invariants. */
export interface ChaosRunResult {
  /** Errors that were not job signals (the queue would retry them, but the worker should not throw them). */
  unexpectedErrors: string[];
  /** Jobs still waiting (deferred past the drain budget, or kept by EMERGENCY_STOP). */
  pending: readonly SimulatedJob[];
  handled: number;
}

/** Clock jumps the drain may make before giving up and leaving the rest queued. */
const maxDrainJumps = 400;

const macrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Plays `workers.length` concurrent send workers over one simulated job queue that honours the job
 * signals like `jobs/pg-boss-queue.ts`: `NeverRetryJob` completes, `RetryJobAfter` re-enqueues at
 * now + delay (whole seconds, at least 1) on the simulated clock, `TransientJobFailure` (and any
 * other error) retries up to 3 times with backoff and then goes to the dead-letter queue, handled by
 * `handleDeadSendJob`. A driver applies the schedule at random moments (stop flips land while jobs
 * are in flight; the clock moves only when no job is, so a delivery's instant is its reservation's).
 * After the schedule the driver drains: it jumps the clock to the next due job until the queue is
 * empty or {@link maxDrainJumps} is spent.
 */
export async function runSendChaos(options: {
  workers: readonly SendWorkerDependencies[];
  instruments: ChaosInstruments;
  schedule: ChaosSchedule;
  messages: readonly ChaosMessage[];
  random: () => number;
  yieldPoint: () => Promise<void>;
  /**
   * Send jobs a worker fetches at once (pg-boss `batchSize`): it takes up to this many ready jobs
   * and hands them to `handleSendJobs` together. Default 1 (one job per fetch).
   */
  batchSize?: number;
}): Promise<ChaosRunResult> {
  const { instruments, schedule, random, yieldPoint } = options;
  const { clock } = instruments;
  const queue = createSimulatedSendQueue();
  const unexpectedErrors: string[] = [];
  let inFlight = 0;
  let finished = false;
  let handled = 0;
  const nowMs = () => clock.now().getTime();

  const batchSize = options.batchSize ?? 1;

  async function process(jobs: readonly SimulatedJob[], dependencies: SendWorkerDependencies): Promise<void> {
    const dead = jobs.filter((job) => job.name === deadSendEmailJob);
    const sends = jobs.filter((job) => job.name !== deadSendEmailJob);
    for (const job of dead) {
      try {
        await handleDeadSendJob(job, dependencies);
      } catch (error) {
        settle(job, { status: 'rejected', reason: error });
      }
    }
    if (sends.length === 0) return;
    let settlements: SendJobSettlement[];
    try {
      settlements = await handleSendJobs(sends, dependencies);
    } catch (error) {
      // handleSendJobs promises never to throw for a job; a throw fails the whole batch (pg-boss would retry each).
      unexpectedErrors.push(`handleSendJobs threw for a batch of ${sends.length}: ${String(error)}`);
      settlements = sends.map(() => ({ status: 'rejected', reason: error }));
    }
    for (const [index, job] of sends.entries()) {
      const settlement = settlements[index];
      if (!settlement) unexpectedErrors.push(`${job.name} ${job.payload.outboxId}: no settlement`);
      else settle(job, settlement);
    }
  }

  /** What the queue does with a job's settlement (`jobs/pg-boss-queue.ts` `workBatch`). */
  function settle(job: SimulatedJob, settlement: SendJobSettlement): void {
    if (settlement.status === 'fulfilled') return;
    const error: unknown = settlement.reason;
    if (isJobSignal(error) && error.kind === 'never_retry') return;
    if (isJobSignal(error) && error.kind === 'retry_after') {
      const delayMs = Math.max(1, Math.ceil(error.delayMs / 1000)) * 1000;
      queue.enqueue({ name: job.name, payload: job.payload, runAtMs: nowMs() + delayMs, retryCount: 0 });
      return;
    }
    if (!isJobSignal(error)) unexpectedErrors.push(`${job.name} ${job.payload.outboxId}: ${String(error)}`);
    if (job.retryCount < simulatedRetryLimit) {
      const backoffMs = 2 ** job.retryCount * 1000;
      queue.enqueue({ ...job, runAtMs: nowMs() + backoffMs, retryCount: job.retryCount + 1 });
    } else if (job.name === sendEmailJob) {
      queue.enqueue({ name: deadSendEmailJob, payload: job.payload, runAtMs: nowMs(), retryCount: 0 });
    }
  }

  async function workerLoop(dependencies: SendWorkerDependencies): Promise<void> {
    while (!finished) {
      const jobs = queue.takeReadyMany(nowMs(), batchSize > 1 ? 1 + Math.floor(random() * batchSize) : 1, random);
      if (jobs.length === 0) {
        await macrotask();
        continue;
      }
      inFlight += 1;
      try {
        await yieldPoint();
        await process(jobs, dependencies);
        handled += jobs.length;
      } finally {
        inFlight -= 1;
      }
    }
  }

  /** Waits until no job is in flight (and, with `drained`, none is due either). */
  async function quiescent(drained: boolean): Promise<void> {
    while (inFlight > 0 || (drained && queue.hasReady(nowMs()))) await macrotask();
  }

  async function drive(): Promise<void> {
    try {
      for (const event of schedule.events) {
        await yieldPoint();
        if (random() < 0.3) await macrotask();
        if (event.kind === 'enqueue') {
          const message = options.messages[event.message];
          if (message) queue.enqueue({ name: sendEmailJob, payload: { ...message }, runAtMs: nowMs(), retryCount: 0 });
        } else if (event.kind === 'stop') {
          instruments.flipEmergencyStop(event.on);
        } else {
          await quiescent(false);
          clock.set(nowMs() + event.milliseconds);
        }
      }
      if (schedule.resumeAtEnd && instruments.emergencyStop()) instruments.flipEmergencyStop(false);
      for (let jump = 0; jump < maxDrainJumps; jump += 1) {
        await quiescent(true);
        const next = queue.nextRunAtMs();
        if (next === null) break;
        clock.set(Math.max(nowMs(), next));
      }
      await quiescent(false);
    } finally {
      finished = true;
    }
  }

  await Promise.all([drive(), ...options.workers.map((dependencies) => workerLoop(dependencies))]);
  return { unexpectedErrors, pending: queue.pending(), handled };
}
