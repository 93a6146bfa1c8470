import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LeadCandidate } from '../domain/lead.js';
import type { OutboxMessage, Store } from '../ports/pipeline-store.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createStore } from './create-store.js';

function candidate(overrides: Partial<LeadCandidate> = {}): LeadCandidate {
  return {
    rowNumber: 1,
    firstName: 'Ada',
    lastName: 'Lovelace',
    title: 'COO',
    seniority: 'c_suite',
    email: 'ada@analytical.test',
    emailKey: 'ada@analytical.test',
    linkedinUrl: null,
    phone: null,
    companyName: 'Analytical',
    companyDomain: 'analytical.example.com',
    industry: 'B2B',
    employeeCount: 60,
    city: null,
    state: null,
    country: 'USA',
    source: 'csv:test.csv',
    attributes: {},
    ...overrides,
  };
}

describe('store repositories on PGlite', () => {
  let database: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    store = createStore(database.db, { suppressionSalt: 'test-salt' });
  });

  it('SPEC 3.1: a re-import updates the lead rather than duplicating it', async () => {
    const [first] = await store.leads.upsertMany([candidate({ city: null })]);
    const [second] = await store.leads.upsertMany([candidate({ city: 'Boston', title: null })]);
    expect(first?.created).toBe(true);
    expect(second?.created).toBe(false);
    expect(second?.lead.id).toBe(first?.lead.id);
    expect(second?.lead.city).toBe('Boston');
    expect(second?.lead.title).toBe('COO');
    const { total } = await store.leads.list({ limit: 10 });
    expect(total).toBe(1);
  });

  it('progress updates change only the columns they name', async () => {
    const [stored] = await store.leads.upsertMany([candidate()]);
    const id = stored?.lead.id as string;
    await store.leads.recordProgress([{ id, status: 'scored', tier: 'tier_1', score: 88 }]);
    await store.leads.recordProgress([{ id, status: 'drafted' }]);
    const lead = await store.leads.findById(id);
    expect(lead).toMatchObject({ status: 'drafted', tier: 'tier_1', score: 88 });
  });

  it('lists leads with keyset pagination across pages without repeats', async () => {
    const candidates = Array.from({ length: 7 }, (_, index) =>
      candidate({ email: `p${index}@page.test`, emailKey: `p${index}@page.test` }),
    );
    await store.leads.upsertMany(candidates);
    const seen = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await store.leads.list({ limit: 3, ...(cursor ? { cursor } : {}) });
      for (const lead of page.items) seen.add(lead.id);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.size).toBe(7);
  });

  it('SPEC 1.3: an outbox idempotency key is written once; a second insert is a no-op', async () => {
    const [stored] = await store.leads.upsertMany([candidate()]);
    const message: OutboxMessage = {
      id: randomUUID(),
      idempotencyKey: 'outbox:draft-1:email',
      messageId: '<m1@example.com>',
      wireMessageId: null,
      threadKey: '<m1@example.com>',
      sequenceStep: 1,
      inReplyTo: null,
      references: [],
      leadId: stored?.lead.id as string,
      draftId: null,
      mailbox: 'you@example.com',
      recipient: 'ada@analytical.test',
      subject: 'Hello',
      channel: 'email',
      status: 'shadow',
      raw: 'raw',
    };
    expect((await store.outbox.insertMany([message])).size).toBe(1);
    const again = await store.outbox.insertMany([{ ...message, id: randomUUID(), messageId: '<m2@example.com>' }]);
    expect(again.size).toBe(0);
    expect(await store.outbox.list({ limit: 10 })).toHaveLength(1);
  });

  it('suppression matches by salted hash, never by a plaintext comparison alone', async () => {
    await store.suppression.add({ emailKey: 'Gone@Example.com', reason: 'unsubscribed', source: 'test' });
    const found = await store.suppression.suppressedAmong(['gone@example.com', 'kept@example.com']);
    expect([...found]).toEqual(['gone@example.com']);
  });
});
