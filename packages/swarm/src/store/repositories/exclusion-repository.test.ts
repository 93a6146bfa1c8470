import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExclusionEntry, ExclusionListStore } from '../../ports/exclusion-list-store.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createExclusionRepository } from './exclusion-repository.js';

const entry = (kind: ExclusionEntry['kind'], value: string, note: string | null = null): ExclusionEntry => ({
  kind,
  value,
  source: 'import:test.csv',
  note,
});

describe('exclusion repository (SPEC 3.7 exclusion lists, migration 0009)', () => {
  let database: TestDatabase;
  let store: ExclusionListStore;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    store = createExclusionRepository(database.db);
  });

  it('SPEC 3.7: added entries load grouped as the send policy needs them', async () => {
    await store.addMany([
      entry('customer_domain', 'customer.example.com'),
      entry('competitor_domain', 'rival.example.org', 'main rival'),
      entry('email', 'blocked@example.net'),
    ]);
    expect(await store.loadLists()).toEqual({
      customerDomains: ['customer.example.com'],
      competitorDomains: ['rival.example.org'],
      emails: ['blocked@example.net'],
    });
    const listed = await store.list({ kind: 'competitor_domain' });
    expect(listed).toEqual([
      expect.objectContaining({ value: 'rival.example.org', note: 'main rival', source: 'import:test.csv' }),
    ]);
  });

  it('unique (kind, value): re-adding reports duplicates, also within one batch; the same value under another kind is new', async () => {
    expect((await store.addMany([entry('customer_domain', 'a.example.com')])).added).toHaveLength(1);
    const second = await store.addMany([
      entry('customer_domain', 'a.example.com'),
      entry('competitor_domain', 'a.example.com'),
      entry('customer_domain', 'b.example.com'),
      entry('customer_domain', 'b.example.com'),
    ]);
    expect(second.added.map((item) => `${item.kind}:${item.value}`)).toEqual([
      'competitor_domain:a.example.com',
      'customer_domain:b.example.com',
    ]);
    expect(second.duplicates.map((item) => `${item.kind}:${item.value}`)).toEqual([
      'customer_domain:a.example.com',
      'customer_domain:b.example.com',
    ]);
    expect((await store.list()).length).toBe(3);
  });

  it('remove deletes one entry and reports whether it existed', async () => {
    await store.addMany([entry('email', 'x@example.com')]);
    expect(await store.remove('email', 'x@example.com')).toBe(true);
    expect(await store.remove('email', 'x@example.com')).toBe(false);
    expect((await store.loadLists()).emails).toEqual([]);
  });

  it('GDPR-2: two erased addresses (scrubbed to "[erased]") do not collide on the unique index', async () => {
    await store.addMany([entry('email', 'one@example.com'), entry('email', 'two@example.com')]);
    await sql`UPDATE exclusion_entries SET value = '[erased]'`.execute(database.db);
    expect(await store.list()).toHaveLength(2);
  });

  it('a 2,000-entry import is batched and stays idempotent', async () => {
    const many = Array.from({ length: 2000 }, (_, index) => entry('customer_domain', `c${index}.example.com`));
    expect((await store.addMany(many)).added).toHaveLength(2000);
    expect((await store.addMany(many)).duplicates).toHaveLength(2000);
  });
});
