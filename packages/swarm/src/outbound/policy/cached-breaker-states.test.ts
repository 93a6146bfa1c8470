import { describe, expect, it } from 'vitest';
import { createInMemoryBreakerStateStore } from '../../guardrails/resilience/index.js';
import type { BreakerState, BreakerStateStore } from '../../ports/breaker-state-store.js';
import { createCachedBreakerStates } from './cached-breaker-states.js';

const open: BreakerState = {
  state: 'open',
  consecutiveFailures: 3,
  openedAtMs: 0,
  openDurationMs: 300_000,
  rateLimitedUntilMs: null,
};

function countingStore(): { store: BreakerStateStore; reads: () => number } {
  const inner = createInMemoryBreakerStateStore();
  let reads = 0;
  return {
    reads: () => reads,
    store: {
      load: (name) => ((reads += 1), inner.load(name)),
      loadAll: () => ((reads += 1), inner.loadAll()),
      save: (name, state) => inner.save(name, state),
    },
  };
}

describe('createCachedBreakerStates', () => {
  it('SPEC 3.7 step 11: twelve breakers read within one second cost one store read', async () => {
    const { store, reads } = countingStore();
    await store.save('sending-domain:cold3.example.com', open);
    let nowMs = 10_000;
    const cached = createCachedBreakerStates(store, { now: () => new Date(nowMs) });
    const names = ['smtp', ...Array.from({ length: 11 }, (_, index) => `sending-domain:cold${index}.example.com`)];
    const states = [];
    for (const name of names) {
      states.push(await cached.load(name));
      nowMs += 80;
    }
    expect(reads()).toBe(1);
    expect(states.filter((state) => state?.state === 'open')).toHaveLength(1);
    nowMs += 1_000;
    await cached.load('smtp');
    expect(reads()).toBe(2);
  });

  it('RES-1: a breaker saved through the cache is seen by the next read, not a second later', async () => {
    const { store } = countingStore();
    const cached = createCachedBreakerStates(store, { now: () => new Date(5_000) });
    expect(await cached.load('smtp')).toBeNull();
    await cached.save('smtp', open);
    expect((await cached.load('smtp'))?.state).toBe('open');
  });

  it('RES-4: a state saved by another process shows within the one-second lifetime', async () => {
    const { store } = countingStore();
    let nowMs = 0;
    const cached = createCachedBreakerStates(store, { now: () => new Date(nowMs) });
    expect(await cached.load('smtp')).toBeNull();
    await store.save('smtp', open);
    nowMs = 999;
    expect(await cached.load('smtp')).toBeNull();
    nowMs = 1_000;
    expect((await cached.load('smtp'))?.state).toBe('open');
  });
});
