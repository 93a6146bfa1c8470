import type { HostRotationState, HostRotationStore } from '../../ports/host-rotation-store.js';

/**
 * A {@link HostRotationStore} in memory, for tests and single-process tools. Assignments run one at a time
 * through a promise chain, like the SQL store's row lock.
 */
export function createInMemoryHostRotationStore(): HostRotationStore & {
  assignmentOf(requestKey: string): string | undefined;
} {
  const states = new Map<string, HostRotationState>();
  const assignments = new Map<string, string>();
  let chain: Promise<unknown> = Promise.resolve();
  return {
    assignOnce(pool, requestKey, _at, decide) {
      const run = chain.then(() => {
        const existing = assignments.get(requestKey);
        if (existing !== undefined) return existing;
        const decision = decide(states.get(pool) ?? {});
        if (decision.hostId === undefined) return undefined;
        states.set(pool, decision.state);
        assignments.set(requestKey, decision.hostId);
        return decision.hostId;
      });
      chain = run.catch(() => undefined);
      return run;
    },
    stateOf: async (pool) => states.get(pool) ?? {},
    assignmentOf: (requestKey) => assignments.get(requestKey),
  };
}
