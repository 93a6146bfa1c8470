import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApprovalDeskFixture } from '../../test-support/approval-desk-fixture.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createPendingEnrichmentStore } from './pending-enrichment-repository.js';

describe('pending_enrichments repository (migration 0011)', () => {
  let database: TestDatabase;
  let leadId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    leadId = (await createApprovalDeskFixture(database).seedQueue(1)).leadIds[0]!;
  });

  it('SPEC 3.2 / WH-4: recording twice keeps the first request; completing claims the row exactly once', async () => {
    const store = createPendingEnrichmentStore(database.db);
    const requestedAt = new Date('2026-11-22T08:00:00Z');
    await store.record({ provider: 'clay', correlationId: 'li_abc', leadId, requestedAt });
    await store.record({
      provider: 'clay',
      correlationId: 'li_abc',
      leadId,
      requestedAt: new Date('2026-11-23T00:00:00Z'),
    });
    const at = new Date('2026-11-22T09:00:00Z');
    const claims = await Promise.all([store.complete('clay', 'li_abc', at), store.complete('clay', 'li_abc', at)]);
    expect(claims.filter(Boolean)).toEqual([{ provider: 'clay', correlationId: 'li_abc', leadId, requestedAt }]);
    expect(await store.complete('clay', 'li_abc', at)).toBeUndefined();
  });

  it('SPEC 3.2: an unknown correlation id or another provider claims nothing', async () => {
    const store = createPendingEnrichmentStore(database.db);
    await store.record({ provider: 'clay', correlationId: 'li_abc', leadId, requestedAt: new Date(0) });
    expect(await store.complete('clay', 'li_unknown', new Date(0))).toBeUndefined();
    expect(await store.complete('bettercontact', 'li_abc', new Date(0))).toBeUndefined();
  });
});
