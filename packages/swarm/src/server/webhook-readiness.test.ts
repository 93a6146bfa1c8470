import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWebhookEventStore } from '../store/repositories/webhook-event-repository.js';
import {
  createApprovalDeskFixture,
  fixtureServerDependencies,
  type ApprovalDeskFixture,
} from '../test-support/approval-desk-fixture.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createMemoryReplayStore } from '../webhooks/index.js';
import { createServerApp } from './create-server-app.js';
import type { InboundWebhookDependencies } from './server-dependencies.js';

const secret = 'rb2b-shared-secret-0123456789abcdef';

describe('webhook readiness (specs/security.md WH-5)', () => {
  let database: TestDatabase;
  let fixture: ApprovalDeskFixture;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    fixture = createApprovalDeskFixture(database);
  });

  function app(overrides: Partial<InboundWebhookDependencies>) {
    const inbound: InboundWebhookDependencies = {
      vendorSecrets: { rb2b: [secret] },
      standardSecrets: {},
      events: createWebhookEventStore(database.db),
      replayStore: createMemoryReplayStore(fixture.clock),
      ...overrides,
    };
    return createServerApp({ ...fixtureServerDependencies(fixture, database), inbound });
  }

  it('WH-5: boot with an expected vendor secret missing → /ready 503 and the route answers 503', async () => {
    const server = app({ expectedVendors: ['rb2b', 'instantly'] });
    const ready = await server.request('/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', emergencyStop: false });
    const delivery = await server.request('/webhooks/instantly', { method: 'POST', body: '{}' });
    expect(delivery.status).toBe(503);
  });

  it('WH-5: a configured Standard Webhooks source without a secret fails readiness', async () => {
    expect((await app({ standardSecrets: { 'cal-com': [] } }).request('/ready')).status).toBe(503);
  });

  it('WH-5: every expected route configured → ready; unused vendor routes do not block readiness', async () => {
    const ready = await app({ expectedVendors: ['rb2b'] }).request('/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', emergencyStop: false });
  });
});
