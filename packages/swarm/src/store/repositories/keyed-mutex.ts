/**
 * A minimal async mutex keyed by string: callers for one key run one at a time, in arrival order.
 * The store's advisory host lock queues same-process callers here first, because a PostgreSQL
 * session (and PGlite's single connection) re-enters its own advisory locks.
 */
export interface KeyedMutex {
  /** Runs `work` exclusively for `key`; always releases, resolves/rejects with `work`'s result. */
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/** Creates an empty keyed mutex. */
export function createKeyedMutex(): KeyedMutex {
  const tails = new Map<string, Promise<void>>();
  return {
    async run(key, work) {
      const previous = tails.get(key) ?? Promise.resolve();
      let release: () => void = () => undefined;
      const tail = previous.then(() => new Promise<void>((resolve) => (release = resolve)));
      tails.set(key, tail);
      await previous;
      try {
        return await work();
      } finally {
        release();
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}
