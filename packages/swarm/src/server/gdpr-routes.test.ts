import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createComplianceStore } from '../store/repositories/compliance-repository.js';
import {
  createApprovalDeskFixture,
  fixtureServerDependencies,
  testTokens,
  type ApprovalDeskFixture,
} from '../test-support/approval-desk-fixture.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createServerApp } from './create-server-app.js';

const admin = { Authorization: `Bearer ${testTokens.admin}` };
const viewer = { Authorization: `Bearer ${testTokens.viewer}` };

describe('GDPR API (GDPR-1, GDPR-2, GDPR-4)', () => {
  let database: TestDatabase;
  let fixture: ApprovalDeskFixture;
  let app: ReturnType<typeof createServerApp>;
  let email: string;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    fixture = createApprovalDeskFixture(database);
    const seeded = await fixture.seedQueue(2);
    email = (await fixture.store.leads.findById(seeded.leadIds[0]!))!.email as string;
    app = createServerApp({
      ...fixtureServerDependencies(fixture, database),
      compliance: {
        unsubscribeSecret: 'unsubscribe-secret-0123456789-abcdefghij',
        useCases: {
          compliance: createComplianceStore(database.db, 'test-salt'),
          audit: fixture.store.audit,
          clock: fixture.clock,
          newId: randomUUID,
          vendors: ['apollo'],
        },
      },
    });
  });

  it('GDPR-1: an admin exports the person as JSON; a viewer is refused', async () => {
    const query = `/api/gdpr/export?email=${encodeURIComponent(email.toUpperCase())}`;
    expect((await app.request(query, { headers: viewer })).status).toBe(403);
    const response = await app.request(query, { headers: admin });
    expect(response.status).toBe(200);
    const document = (await response.json()) as { records: Record<string, unknown[]>; subject: { email: string } };
    expect(document.subject.email).toBe(email);
    expect(document.records.leads).toHaveLength(1);
    expect(document.records.drafts).toHaveLength(1);
    expect(document.records.approvals).toHaveLength(1);
    expect(document.records.scores).toHaveLength(1);
  });

  it('GDPR-2/GDPR-4: an admin erases the person, other leads stay, vendors are pending and both requests are logged', async () => {
    const response = await app.request('/api/gdpr/erase', {
      method: 'POST',
      headers: { ...admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      counts: { leadsDeleted: 1 },
      vendorPropagation: [{ vendor: 'apollo', status: 'pending' }],
    });
    expect(await fixture.store.leads.findByEmail(email)).toBeNull();
    expect((await fixture.store.leads.list({ limit: 10 })).items).toHaveLength(1);
    const requests = await app.request('/api/gdpr/requests', { headers: admin });
    const body = (await requests.json()) as { items: { kind: string; completedAt: string | null; overdue: boolean }[] };
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ kind: 'erase', overdue: false });
    expect(body.items[0]?.completedAt).not.toBeNull();
  });

  it('rejects a malformed address with 400 and answers 503 when compliance is not wired', async () => {
    const bad = await app.request('/api/gdpr/export?email=not-an-address', { headers: admin });
    expect(bad.status).toBe(400);
    const bare = createServerApp(fixtureServerDependencies(fixture, database));
    expect((await bare.request(`/api/gdpr/export?email=${email}`, { headers: admin })).status).toBe(503);
  });
});
