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
  /** At most one queued job per key (e.g. `send:<draftId>`). */
  singletonKey?: string;
  /** Retries before the job goes to the dead-letter queue (default 3). */
  retryLimit?: number;
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
  /** Registers a handler; a thrown error retries the job per the queue's policy. */
  work<Payload>(name: string, handler: (job: QueuedJob<Payload>) => Promise<void>): Promise<void>;
  /**
   * Sends a job on `name` whenever the cron expression (5 fields, evaluated in UTC) falls due, once
   * per occurrence across every process sharing the database (pg-boss `schedule`). Calling it again
   * replaces the schedule. Optional: queues without cron support omit it.
   */
  schedule?(name: string, cron: string): Promise<void>;
  /** How many jobs of this name wait to run (created or awaiting retry), counted exactly. */
  queuedCount(name: string): Promise<number>;
  stop(): Promise<void>;
}
