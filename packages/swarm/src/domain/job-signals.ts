/**
 * Typed signals a job handler throws to tell the job queue what to do next (issue 4 "Handlers throw
 * typed signals"). The queue adapter interprets them; any other error counts as transient.
 *
 * - {@link NeverRetryJob}: the handler recorded a final outcome; complete the job, never retry.
 * - {@link RetryJobAfter}: run the same payload again no earlier than `delayMs` from now (a vendor's
 *   Retry-After or a send-window opening); does not use up a retry.
 * - {@link TransientJobFailure}: retry with the queue's backoff; after the retry limit the job moves
 *   to the dead-letter queue.
 */
export abstract class JobSignal extends Error {
  readonly isJobSignal = true;
  abstract readonly kind: 'never_retry' | 'retry_after' | 'transient';
}

export class NeverRetryJob extends JobSignal {
  readonly kind = 'never_retry' as const;
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'NeverRetryJob';
  }
}

export class RetryJobAfter extends JobSignal {
  readonly kind = 'retry_after' as const;
  /** Milliseconds from now; never negative. */
  readonly delayMs: number;
  constructor(
    delayMs: number,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'RetryJobAfter';
    this.delayMs = Math.max(0, Math.round(delayMs));
  }
}

export class TransientJobFailure extends JobSignal {
  readonly kind = 'transient' as const;
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
    this.name = 'TransientJobFailure';
  }
}

/** True for any {@link JobSignal}, even from another copy of this package. */
export function isJobSignal(value: unknown): value is NeverRetryJob | RetryJobAfter | TransientJobFailure {
  return typeof value === 'object' && value !== null && (value as { isJobSignal?: unknown }).isJobSignal === true;
}
