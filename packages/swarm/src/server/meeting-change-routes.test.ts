import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createApprovalDeskFixture,
  fixtureServerDependencies,
  testTokens,
  type ApprovalDeskFixture,
} from '../test-support/approval-desk-fixture.js';
import { createConversationHarness } from '../test-support/conversation-harness.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { meetingReminderJob } from '../scheduling/conversation/index.js';
import { createServerApp } from './create-server-app.js';
import { openApiDocument } from './openapi-document.js';

const as = (role: keyof typeof testTokens, body?: unknown) => ({
  method: 'POST',
  headers: { Authorization: `Bearer ${testTokens[role]}`, 'Content-Type': 'application/json' },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

describe('POST /api/meetings/{id}/cancel | reschedule (issue 7; specs/scheduling.md §6.8; SPEC §14 roles)', () => {
  let database: TestDatabase;
  let fixture: ApprovalDeskFixture;
  let harness: ReturnType<typeof createConversationHarness>;
  let app: ReturnType<typeof createServerApp>;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    fixture = createApprovalDeskFixture(database);
    harness = createConversationHarness();
    app = createServerApp({
      ...fixtureServerDependencies(fixture, database),
      meetingChanges: { conversations: harness.service, store: harness.store },
    });
  });

  it('SPEC 14: a token is needed and a viewer may not change a meeting', async () => {
    const { conversationId } = await harness.book();
    expect((await app.request(`/api/meetings/${conversationId}/cancel`, { method: 'POST' })).status).toBe(401);
    const viewer = await app.request(`/api/meetings/${conversationId}/cancel`, as('viewer', {}));
    expect(viewer.status).toBe(403);
    expect(await harness.store.get(conversationId)).toMatchObject({ status: 'booked' });
  });

  it('§6.8: an approver cancels with a reason; the token name is the audited approver; reminders deleted', async () => {
    const { conversationId, bookingId, start } = await harness.book();
    const response = await app.request(`/api/meetings/${bookingId}/cancel`, as('approver', { reason: 'host ill' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'cancelled', conversationId, bookingId, meetingStart: start });
    expect(await harness.jobs.queuedCount(meetingReminderJob)).toBe(0);
    expect(harness.audit.at(-1)).toMatchObject({
      action: 'cancel_event',
      outcome: 'executed',
      approvalStatus: expect.stringMatching(/^approved by /),
    });
  });

  it('validates the body with zod: unknown fields and an empty reason are 400', async () => {
    const { conversationId } = await harness.book();
    expect((await app.request(`/api/meetings/${conversationId}/cancel`, as('approver', { reason: '' }))).status).toBe(
      400,
    );
    expect((await app.request(`/api/meetings/${conversationId}/cancel`, as('approver', { why: 'x' }))).status).toBe(
      400,
    );
    expect((await app.request(`/api/meetings/${conversationId}/reschedule`, as('approver', { at: 'x' }))).status).toBe(
      400,
    );
  });

  it('SPEC §3.7: EMERGENCY_STOP answers 423 emergency_stop and the meeting stays booked', async () => {
    const { conversationId } = await harness.book();
    harness.switches.EMERGENCY_STOP = true;
    const response = await app.request(`/api/meetings/${conversationId}/cancel`, as('approver'));
    expect(response.status).toBe(423);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('emergency_stop');
    expect(await harness.store.get(conversationId)).toMatchObject({ status: 'booked' });
  });

  it('§6.8: reschedule proposes new times; 404 for an unknown id, 409 once nothing is booked', async () => {
    const { conversationId } = await harness.book();
    const response = await app.request(`/api/meetings/${conversationId}/reschedule`, as('admin'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; proposals: string[] };
    expect(body.status).toBe('rescheduled');
    expect(body.proposals.length).toBeGreaterThanOrEqual(3);
    expect((await app.request(`/api/meetings/${conversationId}/reschedule`, as('admin'))).status).toBe(409);
    expect((await app.request('/api/meetings/no-such-meeting/cancel', as('admin'))).status).toBe(404);
  });

  it('answers 503 without the scheduling runtime, and both routes are in the OpenAPI document', async () => {
    const bare = createServerApp(fixtureServerDependencies(fixture, database));
    expect((await bare.request('/api/meetings/x/cancel', as('admin'))).status).toBe(503);
    expect(Object.keys(openApiDocument.paths)).toEqual(
      expect.arrayContaining(['/api/meetings/{id}/cancel', '/api/meetings/{id}/reschedule']),
    );
  });
});
