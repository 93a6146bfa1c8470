/**
 * The scheduling assistant composed as in production (issue 7 "Done when"): a stored `scheduling-requested`
 * event → the dispatcher starts a conversation on the next round-robin host → the proposal waits for
 * approval as a draft with 3–5 instants in `X-Caio-Proposals` → the prospect's answer → the invite draft →
 * the send worker's `confirmCalendarInvite` books exactly one event — on real Radicale (CalDAV host) and on
 * the embedded calendar (second host) — and the 24 h / 1 h reminder jobs exist in pg-boss.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalDavCalendarAdapter } from '../../src/adapters/caldav/index.js';
import { goHighLevelConfigSchema } from '../../src/config/gohighlevel-schema.js';
import { hostsSchema } from '../../src/config/hosts-schema.js';
import { createPgBossJobQueue } from '../../src/jobs/pg-boss-queue.js';
import {
  conversationIdForReply,
  createSchedulingRuntime,
  type SchedulingRuntime,
} from '../../src/main/scheduling-runtime.js';
import { createApprovalSchedulingOutbox, createConversationClosing } from '../../src/outbound/conversation/index.js';
import type { JobQueue } from '../../src/ports/job-queue.js';
import type { Store } from '../../src/ports/pipeline-store.js';
import { meetingReminderJob } from '../../src/scheduling/conversation/index.js';
import { createStore } from '../../src/store/create-store.js';
import { createCalendarEventRepository } from '../../src/store/repositories/calendar-event-repository.js';
import { sampleLeadCandidate } from '../../src/test-support/sample-lead-candidate.js';
import { seedRoutedReply } from '../../src/test-support/seed-routed-reply.js';
import { createTestDatabase, type TestDatabase } from '../../src/test-support/test-database.js';
import { davRequest, makeCalendar, newCalendarUrl, radicaleServer } from '../support/radicale-server.js';

const server = radicaleServer();
const { user, password } = server;
/** Monday 3 March 2031, 07:00 UTC. */
const now = new Date('2031-03-03T07:00:00Z');
const clock = { now: () => now };

describe.skipIf(server.skipReason !== null)(
  'scheduling runtime on Radicale and the embedded calendar (issue 7)',
  () => {
    const calendarUrl = newCalendarUrl(server, 'caio-runtime');
    let database: TestDatabase;
    let jobs: JobQueue;
    let store: Store;
    let runtime: SchedulingRuntime;

    beforeAll(async () => {
      const made = await makeCalendar(server, calendarUrl, 'CAIO runtime');
      expect(made.status).toBe(201);
      database = await createTestDatabase();
      await database.freshSchema();
      store = createStore(database.db, { suppressionSalt: 'salt' });
      jobs = await createPgBossJobQueue({ kind: 'pglite', pglite: database.pglite });
      await jobs.declareQueues([meetingReminderJob]);
      const hosts = hostsSchema.parse([
        {
          id: 'dav',
          name: 'Dana Vogel',
          email: 'dana@example.com',
          timezone: 'Europe/Berlin',
          calendar: { provider: 'caldav', url: calendarUrl, username: user, passwordEnv: 'CAIO_TEST_CALDAV_PASSWORD' },
        },
        {
          id: 'emb',
          name: 'Emil Berg',
          email: 'emil@example.com',
          timezone: 'Europe/Berlin',
          calendar: { provider: 'embedded' },
        },
      ]);
      const outbox = createApprovalSchedulingOutbox({
        store,
        jobs,
        clock,
        mode: 'assisted',
        approvalTimeoutMinutes: 120,
        requireManualApproval: async () => true,
        closing: createConversationClosing({
          sender: { company: 'Example Co', postalAddress: '1 Example Street, Springfield' },
          unsubscribe: { baseUrl: 'https://example.com/u', secret: 'test-secret-test-secret-test-secret' },
          clock,
        }),
      });
      runtime = createSchedulingRuntime(
        { config: { hosts, gohighlevel: goHighLevelConfigSchema.parse({}) }, db: database.db, store, jobs, clock },
        { outbox, secrets: { CAIO_TEST_CALDAV_PASSWORD: password }, sleep: async () => undefined },
      );
    }, 60_000);

    afterAll(async () => {
      await jobs?.stop();
      await database?.close();
      if (server.url) await davRequest(server, calendarUrl, 'DELETE');
    });

    function storedReply(leadId: string, threadKey: string, text: string, intent: string): Promise<string> {
      const request = intent === 'scheduling_request';
      return seedRoutedReply(
        database.db,
        {
          leadId,
          threadKey,
          receivedAt: now,
          visibleText: text,
          intent,
          confidence: 0.9,
          actionTaken: request ? 'scheduling_requested' : 'draft_created',
        },
        request ? { timezone: 'America/New_York' } : undefined,
      );
    }

    /** Runs the whole flow for one lead; returns the booked start. */
    async function scheduleLead(email: string, threadKey: string, expectedHost: string): Promise<string> {
      const [lead] = await store.leads.upsertMany([sampleLeadCandidate(email)]);
      const leadId = lead!.lead.id;
      const request = await storedReply(leadId, threadKey, 'Sounds good, let us find a time.', 'scheduling_request');
      expect(await runtime.dispatch()).toMatchObject({ started: 1, failed: [] });
      const conversationId = conversationIdForReply(request);
      expect((await runtime.conversations.get(conversationId))?.hostId).toBe(expectedHost);

      const pending = (await store.drafts.list({ status: 'pending_approval', limit: 50 })).items.filter(
        (draft) => draft.leadId === leadId,
      );
      expect(pending).toHaveLength(1);
      const proposals = pending[0]!.conversation!.headers['X-Caio-Proposals']!.split(',');
      expect(proposals.length).toBeGreaterThanOrEqual(3);
      expect(proposals.length).toBeLessThanOrEqual(5);
      expect((await store.approvals.countByStatus()).pending).toBeGreaterThanOrEqual(1);

      await storedReply(leadId, threadKey, 'The second one works for me.', 'question');
      expect(await runtime.dispatch()).toMatchObject({ answered: 1, failed: [] });
      const invite = (await store.drafts.list({ status: 'pending_approval', limit: 50 })).items.find(
        (draft) => draft.leadId === leadId && draft.conversation?.kind === 'calendar_invite_create',
      );
      expect(invite?.conversation?.headers['X-Caio-Proposals']).toBe(proposals[1]);
      expect(invite?.conversation?.calendar?.content).toContain('METHOD:REQUEST');

      // What the send worker passes once the invite is approved: the draft's conversation id and start.
      expect(invite?.conversation).toMatchObject({
        schedulingConversationId: conversationId,
        meetingStart: proposals[1],
      });
      const asSendWorker = {
        conversationId: invite!.conversation!.schedulingConversationId!,
        start: invite!.conversation!.meetingStart!,
      };
      const confirmation = await runtime.router.confirmCalendarInvite(asSendWorker);
      expect(confirmation).toMatchObject({ booked: true });
      // A retried send job confirms again: same booking, nothing new written.
      expect(await runtime.router.confirmCalendarInvite(asSendWorker)).toEqual(confirmation);
      return proposals[1]!;
    }

    it('SPEC §7: a scheduling request books exactly one event on Radicale, then one on the embedded calendar, with reminders queued', async () => {
      const davStart = await scheduleLead('pat@example.net', '<root-dav@example.com>', 'dav');
      const caldav = createCalDavCalendarAdapter({
        calendarUrl,
        username: user,
        password,
        hostTimezone: 'Europe/Berlin',
        fetch: (input, init) => fetch(input, init),
        clock,
      });
      const onRadicale = await caldav.listBusy('2031-03-01T00:00:00Z', '2031-03-31T00:00:00Z');
      expect(onRadicale.map((event) => ('start' in event ? new Date(event.start).toISOString() : ''))).toEqual([
        davStart,
      ]);

      const embeddedStart = await scheduleLead('sam@example.org', '<root-emb@example.com>', 'emb');
      const embedded = await createCalendarEventRepository(database.db).listOverlapping(
        'emb',
        new Date('2031-03-01T00:00:00Z'),
        new Date('2031-03-31T00:00:00Z'),
      );
      expect(embedded.map((event) => event.start)).toEqual([embeddedStart]);
      expect(await caldav.listBusy('2031-03-01T00:00:00Z', '2031-03-31T00:00:00Z')).toHaveLength(1);

      expect(await jobs.queuedCount(meetingReminderJob)).toBe(4);
      expect((await runtime.conversations.listMeetings()).map((meeting) => meeting.status)).toEqual([
        'booked',
        'booked',
      ]);
    }, 60_000);
  },
);
