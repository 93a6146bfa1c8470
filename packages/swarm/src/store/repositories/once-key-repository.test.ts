import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createOnceKeyStore } from './once-key-repository.js';

describe('once-key store (WH-9 execute once)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
  });

  it('WH-9: of concurrent claims of one key exactly one wins; a released key can be claimed again', async () => {
    const keys = createOnceKeyStore(database.db);
    const at = new Date('2026-11-22T10:00:00Z');
    const results = await Promise.all(
      ['slack:U1', 'slack:U2', 'slack:U3'].map((actor) => keys.claim('slack-approval:a1', { actor, at })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await keys.claimedAmong(['slack-approval:a1', 'slack-approval:a2'])).toEqual(new Set(['slack-approval:a1']));
    await keys.release('slack-approval:a1');
    expect(await keys.claim('slack-approval:a1', { actor: 'slack:U1', at })).toBe(true);
    expect(await keys.claimedAmong([])).toEqual(new Set());
  });
});
