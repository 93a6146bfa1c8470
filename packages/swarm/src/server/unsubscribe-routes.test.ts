import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUnsubscribeToken } from '../compliance/index.js';
import { createComplianceStore } from '../store/repositories/compliance-repository.js';
import {
  createApprovalDeskFixture,
  fixtureServerDependencies,
  type ApprovalDeskFixture,
} from '../test-support/approval-desk-fixture.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createServerApp } from './create-server-app.js';

const secret = 'unsubscribe-secret-0123456789-abcdefghij';
const oneClick = {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: 'List-Unsubscribe=One-Click',
};

describe('unsubscribe endpoint /u/{token} (EM-3, EM-4)', () => {
  let database: TestDatabase;
  let fixture: ApprovalDeskFixture;
  let app: ReturnType<typeof createServerApp>;
  let address: string;
  let leadId: string;
  let token: string;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    fixture = createApprovalDeskFixture(database);
    const seeded = await fixture.seedQueue(1);
    leadId = seeded.leadIds[0]!;
    address = (await fixture.store.leads.findById(leadId))!.email as string;
    token = createUnsubscribeToken(secret, address, 'cold-outreach', { issuedAt: fixture.clock.now() });
    app = createServerApp({
      ...fixtureServerDependencies(fixture, database),
      compliance: {
        unsubscribeSecret: secret,
        useCases: {
          compliance: createComplianceStore(database.db, 'test-salt'),
          audit: fixture.store.audit,
          clock: fixture.clock,
          newId: randomUUID,
          vendors: [],
        },
      },
    });
  });

  const suppressionRows = () => database.db.selectFrom('suppression_entries').selectAll().execute();

  it('EM-3: a one-click POST answers 200 with no auth and sets no cookie; EM-4: the lead is unsubscribed, suppressed, audited and an event stored', async () => {
    const response = await app.request(`/u/${token}`, oneClick);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toContain('You are unsubscribed');
    expect((await fixture.store.leads.findById(leadId))?.status).toBe('unsubscribed');
    expect(await fixture.store.suppression.suppressedAmong([address.toUpperCase()])).toEqual(
      new Set([address.toUpperCase()]),
    );
    const events = await database.db.selectFrom('domain_events').selectAll().execute();
    expect(events.map((event) => [event.type, event.payload])).toEqual([
      ['opt-out-received', { address, source: 'one_click' }],
    ]);
    const audit = await fixture.store.audit.query({ action: 'record_opt_out', limit: 10 });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ target: `lead:${leadId}`, outcome: 'executed' });
    expect(JSON.stringify(audit.items[0])).not.toContain(address);
  });

  it('EM-3: the one-click POST is idempotent — repeating it answers 200 and leaves one suppression entry', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect((await app.request(`/u/${token}`, oneClick)).status).toBe(200);
    expect(await suppressionRows()).toHaveLength(1);
    expect((await fixture.store.leads.findById(leadId))?.status).toBe('unsubscribed');
  });

  it('EM-3: a multipart/form-data one-click body (RFC 8058 §3.1) counts as one-click', async () => {
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    expect((await app.request(`/u/${token}`, { method: 'POST', body: form })).status).toBe(200);
    const events = await database.db.selectFrom('domain_events').selectAll().execute();
    expect(events[0]?.payload).toEqual({ address, source: 'one_click' });
  });

  it('EM-3: a GET (scanner prefetch) shows a confirmation form and does not unsubscribe', async () => {
    const response = await app.request(`/u/${token}`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<form method="post">');
    expect(page).not.toMatch(/<script|style=|\son[a-z]+=/i);
    expect(page).not.toContain(address);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await suppressionRows()).toHaveLength(0);
    expect((await fixture.store.leads.findById(leadId))?.status).toBe('pending_approval');
  });

  it("EM-3: the confirmation page's form POST (other body) unsubscribes as source link_form", async () => {
    const response = await app.request(`/u/${token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'confirm=yes',
    });
    expect(response.status).toBe(200);
    const events = await database.db.selectFrom('domain_events').selectAll().execute();
    expect(events[0]?.payload).toEqual({ address, source: 'link_form' });
    expect((await fixture.store.leads.findById(leadId))?.status).toBe('unsubscribed');
  });

  it('EM-3: an invalid, tampered or foreign-secret token gets a neutral 404 page, never a 500, and changes nothing', async () => {
    const foreign = createUnsubscribeToken('another-secret-0123456789-abcdefgh', address, 'cold-outreach');
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const candidate of ['nonsense', tampered, foreign, 'a'.repeat(400)]) {
      for (const init of [undefined, oneClick]) {
        const response = await app.request(`/u/${candidate}`, init);
        expect(response.status).toBe(404);
        const page = await response.text();
        expect(page).toContain('Link not recognised');
        expect(page).not.toMatch(/signature|malformed|secret/i);
      }
    }
    expect(await suppressionRows()).toHaveLength(0);
  });

  it('EM-3: links stay valid past 365 days (tokens carry no expiry)', async () => {
    const old = createUnsubscribeToken(secret, address, 'cold-outreach', {
      issuedAt: new Date('2024-01-01T00:00:00Z'),
    });
    expect((await app.request(`/u/${old}`, oneClick)).status).toBe(200);
    expect(await suppressionRows()).toHaveLength(1);
  });
});
