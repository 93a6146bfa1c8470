/**
 * An open store transaction, opaque to everyone but the store and the job queue. Passing it to
 * {@link JobQueue.send} commits the job together with the state change (ARCHITECTURE.md "Contracts").
 */
export interface StoreTransaction {
  readonly isStoreTransaction: true;
}

/** Options for enqueuing one job. */
export interface SendJobOptions {
  /** Join this transaction: the job exists only if the transaction commits. */
  transaction?: StoreTransaction;
  /** Run no earlier than this instant. */
  startAfter?: Date;
  /**
   * The job's dedupe key (e.g. `send:<lead>:<step>:email`), stored with the job. NOT an at-most-once
   * guarantee: on pg-boss's standard queue policy two sends with one key both enqueue. Handlers are
   * idempotent instead (a send job resolves to one outbox row per idempotency key; a mailbox poll stores
   * each reply once by Message-ID), so a duplicate job is harmless.
   */
  singletonKey?: string;
  /** Retries before the job goes to the dead-letter queue (default 3). */
  retryLimit?: number;
}

/** Options for enqueuing several jobs of one name in one statement ({@link JobQueue.sendMany}). */
export interface SendManyJobsOptions {
  /** Join this transaction: the jobs exist only if the transaction commits. */
  transaction?: StoreTransaction;
}

/** A job as a handler receives it. */
export interface QueuedJob<Payload> {
  id: string;
  name: string;
  payload: Payload;
  /** 0 on the first attempt. */
  retryCount: number;
}

/**
 * The job queue (ARCHITECTURE.md "Contracts"): pg-boss embedded on PGlite, shared on PostgreSQL.
 * Every later capability schedules work through it (sends, reminders, decay, polling).
 */
export interface JobQueue {
  /** Creates the named queues (and their dead-letter queues) if missing. Call at start-up. */
  declareQueues(names: readonly string[]): Promise<void>;
  /** Enqueues a job; returns its id, or null when a singleton with the same key is already queued. */
  send(name: string, payload: object, options?: SendJobOptions): Promise<string | null>;
  /**
   * Enqueues one job per payload on `name` with a single multi-row insert (pg-boss `insert`), the
   * queue's retry and dead-letter policy applying to each. With `transaction` the jobs commit or roll
   * back with it — the group-commit path of the webhook routes (specs/security.md WH-7). The queue
   * must be declared first. Optional: callers fall back to one {@link JobQueue.send} per payload.
   */
  sendMany?(name: string, payloads: readonly object[], options?: SendManyJobsOptions): Promise<void>;
  /** Registers a handler; a thrown error retries the job per the queue's policy. */
  work<Payload>(name: string, handler: (job: QueuedJob<Payload>) => Promise<void>): Promise<void>;
  /**
   * Registers a batch handler: up to `batchSize` ready jobs at a time, one settlement per job in
   * order (fulfilled = done; rejected = the job signal or error, handled as `work` handles a throw).
   * Optional: queues without batches omit it and callers fall back to `work`.
   */
  workBatch?<Payload>(
    name: string,
    options: { batchSize: number },
    handler: (jobs: QueuedJob<Payload>[]) => Promise<PromiseSettledResult<unknown>[]>,
  ): Promise<void>;
  /**
   * Sends a job on `name` whenever the cron expression (5 fields, evaluated in UTC) falls due, once
   * per occurrence across every process sharing the database (pg-boss `schedule`). Calling it again
   * replaces the schedule. Optional: queues without cron support omit it.
   */
  schedule?(name: string, cron: string): Promise<void>;
  /**
   * Cancels every job of `queue` still waiting to run (created, or awaiting retry) whose singleton key is
   * `jobKey` — e.g. the reminders of a cancelled meeting (specs/scheduling.md §6.8 "delete on cancel").
   * A job already running or finished is left alone, so handlers keep their own liveness check.
   * Optional: queues without cancellation omit it and callers rely on that check alone.
   * @returns how many jobs were cancelled (0 when none waited)
   */
  cancel?(queue: string, jobKey: string): Promise<number>;
  /** How many jobs of this name wait to run (created or awaiting retry), counted exactly. */
  queuedCount(name: string): Promise<number>;
  stop(): Promise<void>;
}
