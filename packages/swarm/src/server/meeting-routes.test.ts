import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSchedulingConversationRepository } from '../store/repositories/scheduling-conversation-repository.js';
import { schedulingDatabaseOf } from '../store/repositories/scheduling-tables.js';
import {
  createApprovalDeskFixture,
  fixtureServerDependencies,
  testTokens,
  type ApprovalDeskFixture,
} from '../test-support/approval-desk-fixture.js';
import { sampleSchedulingConversation } from '../test-support/sample-scheduling-conversation.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createServerApp } from './create-server-app.js';
import { openApiDocument } from './openapi-document.js';
import type { MeetingDetail, MeetingSummary } from './present-meeting.js';

const viewer = { headers: { Authorization: `Bearer ${testTokens.viewer}` } };

interface MeetingPage {
  items: MeetingSummary[];
  total: number;
  nextCursor: string | null;
}

describe('meetings API (SPEC 7 scheduling, SPEC 14 roles; issue 7)', () => {
  let database: TestDatabase;
  let fixture: ApprovalDeskFixture;
  let app: ReturnType<typeof createServerApp>;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    fixture = createApprovalDeskFixture(database);
    const store = createSchedulingConversationRepository(schedulingDatabaseOf(database.db));
    await store.save(
      sampleSchedulingConversation({
        id: 'booked-1',
        status: 'booked',
        exchangeCount: 2,
        bookingId: 'event-1',
        meetingStart: '2026-03-04T14:00:00.000Z',
        updatedAt: '2026-03-02T11:00:00.000Z',
      }),
    );
    await store.save(
      sampleSchedulingConversation({
        id: 'waiting-1',
        leadId: 'lead-2',
        leadEmail: 'sam@example.net',
        prospectTimezone: 'America/New_York',
        timezoneConfirmed: false,
        updatedAt: '2026-03-02T12:00:00.000Z',
      }),
    );
    await store.save(
      sampleSchedulingConversation({
        id: 'escalated-1',
        leadId: 'lead-3',
        hostId: 'former-host',
        status: 'escalated',
        exchangeCount: 5,
        escalationReason: 'exchange-limit',
        updatedAt: '2026-03-02T10:00:00.000Z',
      }),
    );
    app = createServerApp({
      ...fixtureServerDependencies(fixture, database),
      meetings: { store, hostTimezones: { alex: 'Europe/London' } },
    });
  });

  it('SPEC 14: both routes need a token', async () => {
    expect((await app.request('/api/meetings')).status).toBe(401);
    expect((await app.request('/api/meetings/booked-1')).status).toBe(401);
  });

  it('SPEC 7: any token lists conversations newest update first, the start in UTC, the prospect zone and the host zone', async () => {
    const response = await app.request('/api/meetings', viewer);
    expect(response.status).toBe(200);
    const page = (await response.json()) as MeetingPage;
    expect(page.total).toBe(3);
    expect(page.items.map((item) => item.conversationId)).toEqual(['waiting-1', 'booked-1', 'escalated-1']);
    expect(page.items[1]).toEqual({
      conversationId: 'booked-1',
      leadId: 'lead-1',
      leadEmail: 'pat@example.org',
      hostId: 'alex',
      status: 'booked',
      meetingStart: '2026-03-04T14:00:00.000Z',
      prospectTimezone: 'Asia/Kolkata',
      prospectTimezoneConfirmed: true,
      meetingStartProspect: 'Wed 4 Mar, 7:30 PM Kolkata time (GMT+5:30)',
      hostTimezone: 'Europe/London',
      meetingStartHost: 'Wed 4 Mar, 2:00 PM London time (GMT)',
      durationMinutes: 30,
      exchanges: 2,
      proposals: ['2026-03-03T09:30:00.000Z', '2026-03-04T14:00:00.000Z'],
      bookingId: 'event-1',
      updatedAt: '2026-03-02T11:00:00.000Z',
    });
    expect(page.items[0]).toMatchObject({ meetingStart: null, meetingStartProspect: null, meetingStartHost: null });
    expect(page.items[2]).toMatchObject({ hostTimezone: null, meetingStartHost: null });
  });

  it('filters by conversation status and refuses an unknown status', async () => {
    const escalated = (await (await app.request('/api/meetings?status=escalated', viewer)).json()) as MeetingPage;
    expect([escalated.items.map((item) => item.conversationId), escalated.total]).toEqual([['escalated-1'], 1]);
    const waiting = (await (await app.request('/api/meetings?status=awaiting-reply', viewer)).json()) as MeetingPage;
    expect(waiting.items.map((item) => item.conversationId)).toEqual(['waiting-1']);
    expect((await app.request('/api/meetings?status=proposing', viewer)).status).toBe(400);
  });

  it('pages with a keyset cursor until nextCursor is null, and refuses a forged cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = (await (await app.request(`/api/meetings?limit=1${query}`, viewer)).json()) as MeetingPage;
      expect(page.items).toHaveLength(1);
      seen.push(...page.items.map((item) => item.conversationId));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(['waiting-1', 'booked-1', 'escalated-1']);
    expect((await app.request('/api/meetings?cursor=not-a-cursor', viewer)).status).toBe(400);
    expect((await app.request('/api/meetings?limit=0', viewer)).status).toBe(400);
  });

  it('shows one conversation with its escalation reason and proposals in both zones; 404 for an unknown id', async () => {
    const escalated = (await (await app.request('/api/meetings/escalated-1', viewer)).json()) as MeetingDetail;
    expect(escalated).toMatchObject({
      conversationId: 'escalated-1',
      status: 'escalated',
      escalationReason: 'exchange-limit',
      threadKey: '<root-1@example.com>',
      history: [{ direction: 'outbound', note: 'proposed 2 slots' }],
    });
    const booked = (await (await app.request('/api/meetings/booked-1', viewer)).json()) as MeetingDetail;
    expect(booked.escalationReason).toBeNull();
    expect(booked.proposalTimes).toEqual([
      {
        start: '2026-03-03T09:30:00.000Z',
        prospect: 'Tue 3 Mar, 3:00 PM Kolkata time (GMT+5:30)',
        host: 'Tue 3 Mar, 9:30 AM London time (GMT)',
      },
      {
        start: '2026-03-04T14:00:00.000Z',
        prospect: 'Wed 4 Mar, 7:30 PM Kolkata time (GMT+5:30)',
        host: 'Wed 4 Mar, 2:00 PM London time (GMT)',
      },
    ]);
    const missing = await app.request('/api/meetings/no-such-conversation', viewer);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('answers 503 meetings_not_configured without the store, and the routes are in the OpenAPI document', async () => {
    const bare = createServerApp(fixtureServerDependencies(fixture, database));
    for (const path of ['/api/meetings', '/api/meetings/booked-1']) {
      const response = await bare.request(path, viewer);
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('meetings_not_configured');
    }
    expect(Object.keys(openApiDocument.paths)).toEqual(
      expect.arrayContaining(['/api/meetings', '/api/meetings/{conversationId}']),
    );
  });
});
