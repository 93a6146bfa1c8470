/** A job in the simulated queue: `send-email`, or its dead-letter queue after the retry limit. */
export interface SimulatedJob {
  id: string;
  name: 'send-email' | 'send-email.dead';
  payload: { outboxId: string; idempotencyKey: string };
  /** Earliest run instant on the simulated clock (ms since epoch, UTC). */
  runAtMs: number;
  retryCount: number;
}

/** pg-boss's settings for the send queue (`jobs/pg-boss-queue.ts`): 3 retries, then the dead-letter queue. */
export const simulatedRetryLimit = 3;

/**
 * The job queue of the chaos tests, on a simulated clock: jobs become ready at `runAtMs`, workers
 * take a random ready one (so concurrent workers race in random orders), and the queue can say when
 * the next job falls due so the driver can jump the clock there.
 */
export interface SimulatedSendQueue {
  enqueue(job: Omit<SimulatedJob, 'id'>): void;
  /** Removes and returns a random job due at `nowMs`, or null. */
  takeReady(nowMs: number, random: () => number): SimulatedJob | null;
  /** Removes and returns up to `max` random jobs due at `nowMs` (a worker's batch fetch), maybe none. */
  takeReadyMany(nowMs: number, max: number, random: () => number): SimulatedJob[];
  hasReady(nowMs: number): boolean;
  /** The earliest `runAtMs` of any waiting job, or null when empty. */
  nextRunAtMs(): number | null;
  pending(): readonly SimulatedJob[];
}

export function createSimulatedSendQueue(): SimulatedSendQueue {
  const waiting: SimulatedJob[] = [];
  let counter = 0;
  function takeReady(nowMs: number, random: () => number): SimulatedJob | null {
    const ready = waiting.flatMap((job, index) => (job.runAtMs <= nowMs ? [index] : []));
    if (ready.length === 0) return null;
    const index = ready[Math.floor(random() * ready.length)] as number;
    const [job] = waiting.splice(index, 1);
    return job ?? null;
  }
  return {
    enqueue(job) {
      counter += 1;
      waiting.push({ ...job, id: `job-${counter}` });
    },
    takeReady,
    takeReadyMany(nowMs, max, random) {
      const taken: SimulatedJob[] = [];
      while (taken.length < max) {
        const job = takeReady(nowMs, random);
        if (!job) break;
        taken.push(job);
      }
      return taken;
    },
    hasReady: (nowMs) => waiting.some((job) => job.runAtMs <= nowMs),
    nextRunAtMs: () => (waiting.length === 0 ? null : Math.min(...waiting.map((job) => job.runAtMs))),
    pending: () => waiting,
  };
}
