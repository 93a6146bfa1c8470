/** An opaque handle returned by {@link Timer.setTimeout}. */
export type TimerHandle = unknown;

/**
 * The slice of the timer API the resilience module needs, injectable so tests drive time
 * deterministically (vitest fake timers or a hand-rolled fake).
 */
export interface Timer {
  /** Calls `callback` once after `delayMs` milliseconds. */
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  /** Cancels a pending callback; a no-op for a handle that already fired. */
  clearTimeout(handle: TimerHandle): void;
}

/**
 * The process timers. Looked up on every call (not captured at import) so vitest's fake timers,
 * which replace the globals, also drive code that uses the default.
 */
export const systemTimer: Timer = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** A promise that resolves after `delayMs` on `timer`. */
export function sleepOn(timer: Timer): (delayMs: number) => Promise<void> {
  return (delayMs) =>
    new Promise((resolve) => {
      timer.setTimeout(resolve, delayMs);
    });
}
