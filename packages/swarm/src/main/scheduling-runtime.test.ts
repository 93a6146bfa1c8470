import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hostsSchema } from '../config/hosts-schema.js';
import { goHighLevelConfigSchema } from '../config/gohighlevel-schema.js';
import type { JobQueue, SendJobOptions } from '../ports/job-queue.js';
import type { SchedulingMessage, SchedulingOutbox } from '../ports/scheduling-outbox.js';
import { meetingReminderJob } from '../scheduling/conversation/index.js';
import { createStore } from '../store/create-store.js';
import { createCalendarEventRepository } from '../store/repositories/calendar-event-repository.js';
import { sampleLeadCandidate } from '../test-support/sample-lead-candidate.js';
import { seedRoutedReply } from '../test-support/seed-routed-reply.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { conversationIdForReply, createSchedulingRuntime, type SchedulingRuntime } from './scheduling-runtime.js';

/** Monday 3 March 2031, 08:00 UTC. */
const now = new Date('2031-03-03T08:00:00Z');
const clock = { now: () => now };
const hosts = hostsSchema.parse([
  {
    id: 'ada',
    name: 'Ada Moreau',
    email: 'ada@example.com',
    timezone: 'Europe/London',
    calendar: { provider: 'embedded' },
  },
  { id: 'bo', name: 'Bo Park', email: 'bo@example.com', timezone: 'Europe/London', calendar: { provider: 'embedded' } },
]);

function recordingJobs(): JobQueue & { sent: { name: string; payload: object; options?: SendJobOptions }[] } {
  const sent: { name: string; payload: object; options?: SendJobOptions }[] = [];
  const keys = new Set<string>();
  return {
    sent,
    declareQueues: async () => undefined,
    async send(name, payload, options) {
      if (options?.singletonKey && keys.has(options.singletonKey)) return null;
      if (options?.singletonKey) keys.add(options.singletonKey);
      sent.push({ name, payload, ...(options ? { options } : {}) });
      return String(sent.length);
    },
    work: async () => undefined,
    queuedCount: async (name) => sent.filter((job) => job.name === name).length,
    stop: async () => undefined,
  };
}

function recordingOutbox(): SchedulingOutbox & { messages: SchedulingMessage[]; escalations: string[] } {
  const messages: SchedulingMessage[] = [];
  const escalations: string[] = [];
  const keys = new Set<string>();
  return {
    messages,
    escalations,
    async submit(message) {
      if (keys.has(message.idempotencyKey)) return;
      keys.add(message.idempotencyKey);
      messages.push(message);
    },
    async escalate(escalation) {
      escalations.push(escalation.reason);
    },
  };
}

describe('scheduling runtime: the scheduling-requested consumer and host choice (issue 7)', () => {
  let database: TestDatabase;
  let runtime: SchedulingRuntime;
  let outbox: ReturnType<typeof recordingOutbox>;
  let jobs: ReturnType<typeof recordingJobs>;
  let leadIds: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
    const store = createStore(database.db, { suppressionSalt: 'salt' });
    const candidates = ['pat@example.net', 'sam@example.org'].map((email) =>
      sampleLeadCandidate(email, { lastName: 'Doe', companyDomain: 'example.net' }),
    );
    leadIds = (await store.leads.upsertMany(candidates)).map((upserted) => upserted.lead.id);
    outbox = recordingOutbox();
    jobs = recordingJobs();
    runtime = createSchedulingRuntime(
      {
        config: { hosts, gohighlevel: goHighLevelConfigSchema.parse({}) },
        db: database.db,
        store,
        jobs,
        clock,
      },
      { outbox, secrets: {}, sleep: async () => undefined },
    );
  });

  function schedulingRequest(leadId: string, threadKey: string, text = 'Happy to talk, when suits?') {
    return seedRoutedReply(
      database.db,
      {
        leadId,
        threadKey,
        receivedAt: now,
        visibleText: text,
        intent: 'scheduling_request',
        confidence: 0.9,
        actionTaken: 'scheduling_requested',
      },
      { timezone: 'America/New_York' },
    );
  }

  function routedReply(leadId: string, threadKey: string, text: string, intent: string, actionTaken: string) {
    return seedRoutedReply(database.db, {
      leadId,
      threadKey,
      receivedAt: now,
      visibleText: text,
      intent,
      confidence: 0.7,
      actionTaken,
    });
  }

  it('SPEC §7: a stored scheduling-requested event starts exactly one conversation with 3–5 proposals, also when dispatched again', async () => {
    const replyId = await schedulingRequest(leadIds[0]!, '<root-1@example.com>');
    expect(await runtime.dispatch()).toMatchObject({ started: 1, answered: 0, failed: [] });
    expect(await runtime.dispatch()).toMatchObject({ started: 0, answered: 0, failed: [] });
    expect(outbox.messages).toHaveLength(1);
    const [proposal] = outbox.messages;
    expect(proposal).toMatchObject({
      action: 'scheduling_response',
      to: 'pat@example.net',
      threadKey: '<root-1@example.com>',
    });
    const starts = proposal!.headers['X-Caio-Proposals']!.split(',');
    expect(starts.length).toBeGreaterThanOrEqual(3);
    expect(starts.length).toBeLessThanOrEqual(5);
    const conversation = await runtime.conversations.get(conversationIdForReply(replyId));
    expect(conversation).toMatchObject({
      hostId: 'ada',
      status: 'awaiting-reply',
      prospectTimezone: 'America/New_York',
    });
    expect(conversation?.proposals).toEqual(starts);
  });

  it('a request claimed by a worker that died is taken over after the lease and started once; the next lead gets the next host', async () => {
    await schedulingRequest(leadIds[0]!, '<root-1@example.com>');
    await runtime.dispatch();
    const orphan = await schedulingRequest(leadIds[1]!, '<root-2@example.org>');
    const thirtyMinutesAgo = new Date(now.getTime() - 30 * 60_000);
    expect(
      await runtime.inbox.claim(orphan, 'request', thirtyMinutesAgo, {
        staleBefore: thirtyMinutesAgo,
        maximumAttempts: 5,
      }),
    ).not.toBeNull();
    expect(await runtime.dispatch()).toMatchObject({ started: 1 });
    expect(await runtime.dispatch()).toMatchObject({ started: 0 });
    expect(outbox.messages.map((message) => message.to)).toEqual(['pat@example.net', 'sam@example.org']);
    expect((await runtime.conversations.get(conversationIdForReply(orphan)))?.hostId).toBe('bo');
  });

  it('any reply in a thread awaiting an answer goes to handleReply whatever its intent; our own side and opt-outs do not', async () => {
    const request = await schedulingRequest(leadIds[0]!, '<root-1@example.com>');
    await runtime.dispatch();
    const conversationId = conversationIdForReply(request);
    const proposals = (await runtime.conversations.get(conversationId))!.proposals;
    await routedReply(
      leadIds[0]!,
      '<root-1@example.com>',
      'Thanks, I will check with the team',
      'other',
      'thread_paused',
    );
    await routedReply(leadIds[0]!, '<root-1@example.com>', 'Please remove me', 'unsubscribe_request', 'suppressed');
    expect(await runtime.dispatch()).toMatchObject({ started: 0, answered: 0 });
    await routedReply(leadIds[0]!, '<root-1@example.com>', 'The second one works for me.', 'question', 'draft_created');
    expect(await runtime.dispatch()).toMatchObject({ answered: 1 });
    expect(await runtime.dispatch()).toMatchObject({ answered: 0 });
    const invite = outbox.messages.at(-1);
    expect(invite).toMatchObject({ action: 'calendar_invite_create', headers: { 'X-Caio-Proposals': proposals[1] } });
    expect(outbox.messages).toHaveLength(2);
  });

  it('SPEC §3.6: confirmCalendarInvite books exactly one event, answers booked again for a retried job, schedules reminders', async () => {
    const request = await schedulingRequest(leadIds[0]!, '<root-1@example.com>');
    await runtime.dispatch();
    await routedReply(leadIds[0]!, '<root-1@example.com>', 'the second one', 'acceptance', 'scheduling_requested');
    await runtime.dispatch();
    const conversationId = conversationIdForReply(request);
    const start = (await runtime.conversations.get(conversationId))!.proposals[0]!;
    expect(
      await runtime.router.confirmCalendarInvite({ conversationId, start: '2031-03-04T10:00:00.000Z' }),
    ).toMatchObject({
      booked: false,
    });
    const first = await runtime.router.confirmCalendarInvite({ conversationId, start });
    const retry = await runtime.router.confirmCalendarInvite({ conversationId, start });
    expect(first).toMatchObject({ booked: true });
    expect(retry).toEqual(first);
    const events = await createCalendarEventRepository(database.db).listOverlapping(
      'ada',
      new Date('2031-03-01T00:00:00Z'),
      new Date('2031-03-20T00:00:00Z'),
    );
    expect(events.map((event) => event.start)).toEqual([start]);
    expect(
      jobs.sent.filter((job) => job.name === meetingReminderJob).map((job) => (job.payload as { kind: string }).kind),
    ).toEqual(['24h', '1h']);
  });

  it('the CLI lead lookup returns the lead and answers undefined for an unknown address', async () => {
    expect(await runtime.findLeadByEmail('PAT@example.net ')).toMatchObject({
      id: leadIds[0],
      email: 'pat@example.net',
    });
    expect(await runtime.findLeadByEmail('nobody@example.com')).toBeUndefined();
  });
});
