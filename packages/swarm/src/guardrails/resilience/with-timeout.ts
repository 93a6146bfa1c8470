import { CaioError } from '../../domain/errors.js';
import { systemTimer, type Timer } from './timer.js';

/** Options of {@link withTimeout}. */
export interface TimeoutOptions {
  /**
   * Milliseconds before the call fails with `timeout` (RES-2: default 10 s, Clay 30 s, LLM 60 s).
   * `0` declares an in-process call (local data): no timer is created, so 100k calls stay cheap.
   */
  timeoutMs: number;
  /** Name used in the error message, e.g. `apollo`. */
  name?: string;
  timer?: Timer;
  /** A caller's signal; aborting it aborts the operation too. */
  signal?: AbortSignal;
}

const neverAborted = new AbortController().signal;

/**
 * Runs `operation` with an AbortSignal and fails with `CaioError('timeout')` after `timeoutMs`
 * even when the operation ignores the signal (RES-2: no unbounded awaits). The signal is aborted
 * with that same error as reason, so fetch-based adapters stop their request.
 *
 * @throws CaioError `config_invalid` when `timeoutMs` is negative, NaN or infinite.
 */
export function withTimeout<T>(operation: (signal: AbortSignal) => Promise<T>, options: TimeoutOptions): Promise<T> {
  const { timeoutMs, name = 'vendor', timer = systemTimer, signal: parent } = options;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 0) {
    return Promise.reject(
      new CaioError(
        'config_invalid',
        `Timeout for ${name} must be a finite number of ms ≥ 0 (RES-2), got ${timeoutMs}.`,
      ),
    );
  }
  if (timeoutMs === 0) return invoke(operation, parent ?? neverAborted);
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      timer.clearTimeout(handle);
      parent?.removeEventListener('abort', onParentAbort);
      return true;
    };
    const onParentAbort = (): void => {
      if (!finish()) return;
      controller.abort(parent?.reason);
      reject(
        parent?.reason instanceof Error
          ? parent.reason
          : new CaioError('timeout', `The call to ${name} was cancelled.`),
      );
    };
    const handle = timer.setTimeout(() => {
      if (!finish()) return;
      const error = new CaioError(
        'timeout',
        `${name} did not answer within ${timeoutMs} ms (RES-2); it will be retried or skipped.`,
        {
          details: { timeoutMs },
        },
      );
      controller.abort(error);
      reject(error);
    }, timeoutMs);
    if (parent?.aborted) return onParentAbort();
    parent?.addEventListener('abort', onParentAbort, { once: true });
    invoke(operation, controller.signal).then(
      (value) => {
        if (finish()) resolve(value);
      },
      (error: unknown) => {
        if (finish()) reject(error);
      },
    );
  });
}

function invoke<T>(operation: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T> {
  try {
    return operation(signal);
  } catch (error) {
    return Promise.reject(error);
  }
}
