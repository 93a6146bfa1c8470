import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { goHighLevelConfigSchema } from '../config/gohighlevel-schema.js';
import { hostsSchema } from '../config/hosts-schema.js';
import { createActionGateway, createHourlyRateLimiter, parsePermissionMatrix } from '../guardrails/index.js';
import { createInMemoryJobQueue } from '../jobs/in-memory-job-queue.js';
import type { KillSwitchName } from '../ports/control-flags.js';
import type { SchedulingMessage } from '../ports/scheduling-outbox.js';
import { meetingReminderJob } from '../scheduling/conversation/index.js';
import { createStore } from '../store/create-store.js';
import { createCalendarEventRepository } from '../store/repositories/calendar-event-repository.js';
import { sampleLeadCandidate } from '../test-support/sample-lead-candidate.js';
import { seedRoutedReply } from '../test-support/seed-routed-reply.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { conversationIdForReply, createSchedulingRuntime, type SchedulingRuntime } from './scheduling-runtime.js';

/** Monday 3 March 2031, 08:00 UTC. */
const now = new Date('2031-03-03T08:00:00Z');
const thread = '<root-1@example.com>';
const hosts = hostsSchema.parse([
  {
    id: 'ada',
    name: 'Ada Moreau',
    email: 'ada@example.com',
    timezone: 'Europe/London',
    calendar: { provider: 'embedded' },
  },
]);
const matrix = parsePermissionMatrix(
  parse(readFileSync(new URL('../../resources/permission-matrix.yaml', import.meta.url), 'utf8')),
);

describe('replies in the thread of a booked meeting reach reschedule / cancel (issue 7; specs/scheduling.md §6.8)', () => {
  let database: TestDatabase;
  let runtime: SchedulingRuntime;
  let jobs: ReturnType<typeof createInMemoryJobQueue>;
  let messages: SchedulingMessage[];
  let switches: Record<KillSwitchName, boolean>;
  let leadId: string;
  let elapsedMs: number;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    const store = createStore(database.db, { suppressionSalt: 'salt' });
    [leadId] = (await store.leads.upsertMany([sampleLeadCandidate('pat@example.net', { lastName: 'Doe' })])).map(
      (upserted) => upserted.lead.id,
    ) as [string];
    jobs = createInMemoryJobQueue();
    messages = [];
    switches = {
      EMERGENCY_STOP: false,
      PAUSE_ALL_SENDS: false,
      SHADOW_MODE_OVERRIDE: false,
      REQUIRE_MANUAL_APPROVAL: false,
    };
    elapsedMs = 0;
    const clock = { now: () => new Date(now.getTime() + elapsedMs) };
    const gateway = createActionGateway({
      matrix,
      controlFlags: { read: async () => ({ ...switches, sources: {} }), set: async () => undefined },
      mode: 'assisted',
      rateLimiter: createHourlyRateLimiter(),
      audit: store.audit,
      clock,
      redact: (text) => text,
    });
    runtime = createSchedulingRuntime(
      {
        config: { hosts, gohighlevel: goHighLevelConfigSchema.parse({}) },
        db: database.db,
        store,
        jobs,
        clock,
        gateway,
      },
      {
        outbox: { submit: async (message) => void messages.push(message), escalate: async () => undefined },
        secrets: {},
        sleep: async () => undefined,
      },
    );
  });

  const reply = (text: string, intent: string, actionTaken: string) =>
    seedRoutedReply(database.db, {
      leadId,
      threadKey: thread,
      receivedAt: now,
      visibleText: text,
      intent,
      confidence: 0.8,
      actionTaken,
    });

  async function bookMeeting(): Promise<string> {
    const request = await seedRoutedReply(
      database.db,
      {
        leadId,
        threadKey: thread,
        receivedAt: now,
        visibleText: 'Happy to talk',
        intent: 'scheduling_request',
        confidence: 0.9,
        actionTaken: 'scheduling_requested',
      },
      { timezone: 'Europe/London' },
    );
    await runtime.dispatch();
    const conversationId = conversationIdForReply(request);
    await reply('the last one', 'acceptance', 'recorded');
    await runtime.dispatch();
    const start = (await runtime.conversations.get(conversationId))!.proposals[0]!;
    expect(await runtime.router.confirmCalendarInvite({ conversationId, start })).toMatchObject({ booked: true });
    return conversationId;
  }

  const embeddedEvents = () =>
    createCalendarEventRepository(database.db).listOverlapping(
      'ada',
      new Date('2031-03-01T00:00:00Z'),
      new Date('2031-03-31T00:00:00Z'),
    );

  it('§6.8: "something came up, can we do Thursday instead" → reschedule: booking removed, fresh times proposed in thread, once', async () => {
    const conversationId = await bookMeeting();
    await reply('Something came up, can we do Thursday instead?', 'scheduling_request', 'meeting_reschedule_requested');
    expect(await runtime.dispatch()).toMatchObject({ answered: 1, failed: [] });
    expect(await runtime.dispatch()).toMatchObject({ answered: 0, started: 0 });
    expect(await runtime.conversations.get(conversationId)).toMatchObject({
      status: 'awaiting-reply',
      bookingId: null,
    });
    expect(messages.at(-1)).toMatchObject({ action: 'scheduling_response', threadKey: thread });
    expect(await embeddedEvents()).toHaveLength(0);
    expect(await jobs.queuedCount(meetingReminderJob)).toBe(0);
  });

  it('§6.8: "I need to cancel" → the meeting is cancelled as the prospect asked: event removed, METHOD:CANCEL sent', async () => {
    const conversationId = await bookMeeting();
    await reply('I need to cancel.', 'rejection', 'meeting_cancel_requested');
    expect(await runtime.dispatch()).toMatchObject({ answered: 1, failed: [] });
    expect(await runtime.conversations.get(conversationId)).toMatchObject({ status: 'cancelled' });
    expect(messages.at(-1)?.calendar?.method).toBe('CANCEL');
    expect(await embeddedEvents()).toHaveLength(0);
  });

  it('SPEC §3.7: under PAUSE_ALL_SENDS a prospect cancel is refused, retried on a later pass, and runs once lifted', async () => {
    const conversationId = await bookMeeting();
    elapsedMs += 60_000;
    switches.PAUSE_ALL_SENDS = true;
    await reply('I need to cancel.', 'rejection', 'meeting_cancel_requested');
    const refused = await runtime.dispatch();
    expect(refused.failed).toEqual([{ replyId: expect.any(String), error: expect.stringContaining('sends_paused') }]);
    expect(await runtime.conversations.get(conversationId)).toMatchObject({ status: 'booked' });
    expect(await embeddedEvents()).toHaveLength(1);
    switches.PAUSE_ALL_SENDS = false;
    elapsedMs += 60_000;
    expect(await runtime.dispatch()).toMatchObject({ answered: 1, failed: [] });
    expect(await runtime.conversations.get(conversationId)).toMatchObject({ status: 'cancelled' });
  });
});
