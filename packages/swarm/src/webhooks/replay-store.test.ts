import { describe, expect, it } from 'vitest';
import { createMemoryReplayStore } from './replay-store.js';

describe('createMemoryReplayStore', () => {
  it('WH-4: remembers a key for its ttl and forgets it afterwards', () => {
    let nowMs = 1_700_000_000_000;
    const store = createMemoryReplayStore({ now: () => new Date(nowMs) });
    store.add('msg_1', 600);
    expect(store.has('msg_1')).toBe(true);
    expect(store.has('msg_2')).toBe(false);
    nowMs += 599_000;
    expect(store.has('msg_1')).toBe(true);
    nowMs += 1_000;
    expect(store.has('msg_1')).toBe(false);
  });

  it('WH-4: a forgotten key (its delivery was not stored) is accepted again on retry', () => {
    const store = createMemoryReplayStore({ now: () => new Date(0) });
    store.add('msg_1', 600);
    store.forget('msg_1');
    expect(store.has('msg_1')).toBe(false);
  });
});
