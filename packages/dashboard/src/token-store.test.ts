import { describe, expect, it } from 'vitest';
import { createTokenStore, tokenStorageKey, type KeyValueStorage } from './token-store.js';

function memoryStorage(): KeyValueStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

describe('token store (SPEC §14: the dashboard keeps the token in sessionStorage)', () => {
  it('saves a trimmed token, reads it back and forgets it on clear', () => {
    const storage = memoryStorage();
    const store = createTokenStore(storage);
    store.save('  abc123  ');
    expect(storage.values.get(tokenStorageKey)).toBe('abc123');
    expect(store.read()).toBe('abc123');
    store.clear();
    expect(store.read()).toBeNull();
  });

  it('never stores an empty token', () => {
    const storage = memoryStorage();
    createTokenStore(storage).save('   ');
    expect(storage.values.size).toBe(0);
  });
});
