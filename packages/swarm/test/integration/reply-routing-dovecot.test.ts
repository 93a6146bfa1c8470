import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedImapSettings } from '../../src/config/imap-schema.js';
import { pollAllMailboxes } from '../../src/main/mailbox-polling.js';
import type { System } from '../../src/main/open-system.js';
import {
  openReplyRoutingSystem,
  recordingSlack,
  seedRoutingScenario,
  type RoutingScenario,
} from '../../src/test-support/reply-scenario.js';
import { deliverRawMail, dovecotMailbox, emptyInbox, mailServers } from '../support/mail-servers.js';

const servers = mailServers();
const skipReason = servers.skipReason;
// Its own Dovecot user: mail-servers.test.ts reads prospect@, outbound-smtp-delivery.test.ts reads sender@.
const inbox = 'replies@caio.test';
const ourMailbox = 'ana@caio.test';

describe.skipIf(skipReason !== null)(
  `issue 6 done-when: replies delivered to real Dovecot are threaded, classified and routed${skipReason ? ` — skipped: ${skipReason}` : ''}`,
  () => {
    const imap: ResolvedImapSettings = { pollSeconds: 60, mailboxes: [dovecotMailbox(servers, inbox)] };
    const { slack, posted } = recordingSlack();
    let system: System;
    let scenario: RoutingScenario;

    beforeAll(async () => {
      await emptyInbox(servers, inbox);
      system = await openReplyRoutingSystem({
        ourMailbox,
        unsubscribeSecret: 'integration-unsubscribe-secret-0123456789',
      });
      scenario = await seedRoutingScenario(system, {
        inbox,
        ourMailbox,
        marker: randomUUID().slice(0, 8),
        now: new Date(),
      });
      await deliverRawMail(
        servers,
        scenario.replies.map((reply) => ({ from: reply.thread.email, to: inbox, raw: reply.raw })),
      );
    });
    afterAll(async () => system?.close());

    it('issue 6: unsubscribe, out-of-office, scheduling request and question each thread to their outbox row and trigger their action', async () => {
      // Postfix → LMTP → Dovecot is asynchronous: poll until all four are routed.
      const routed = new Map<string, number>();
      const deadline = performance.now() + 20_000;
      while (performance.now() < deadline) {
        const reports = await pollAllMailboxes(system, { imap, slack, log: () => undefined });
        for (const report of reports)
          for (const [intent, count] of Object.entries(report.intents))
            routed.set(intent, (routed.get(intent) ?? 0) + count);
        if ([...routed.values()].reduce((sum, count) => sum + count, 0) >= 4) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const db = system.database.db;
      const replies = await db.selectFrom('inbound_replies').selectAll().execute();
      expect(replies).toHaveLength(4);
      const byLead = new Map(replies.map((reply) => [reply.lead_id, reply]));
      for (const [thread, intent] of [
        [scenario.unsubscribe, 'unsubscribe_request'],
        [scenario.outOfOffice, 'out_of_office'],
        [scenario.scheduling, 'scheduling_request'],
        [scenario.question, 'question'],
      ] as const) {
        const reply = byLead.get(thread.leadId);
        expect(reply?.outbox_id, intent).toBe(thread.outboxId);
        expect(reply?.thread_key, intent).toBe(thread.messageId);
        expect(reply?.threading_method, intent).toBe('headers');
        expect(reply?.intent).toBe(intent);
        expect(reply?.routed_at, intent).not.toBeNull();
      }
      // unsubscribe_request → EM-4: suppressed and unsubscribed within the poll (well under 60 s)
      expect(await system.store.suppression.suppressedAmong([scenario.unsubscribe.email])).toEqual(
        new Set([scenario.unsubscribe.email]),
      );
      expect((await system.store.leads.findById(scenario.unsubscribe.leadId))?.status).toBe('unsubscribed');
      // out_of_office → automation paused until the stated return date
      const pause = await db
        .selectFrom('automation_pauses')
        .selectAll()
        .where('lead_id', '=', scenario.outOfOffice.leadId)
        .executeTakeFirst();
      expect(pause?.paused_until?.toISOString()).toBe('2027-12-01T00:00:00.000Z');
      // scheduling_request → scheduling-requested event + Slack notification
      const events = await db
        .selectFrom('domain_events')
        .selectAll()
        .where('type', '=', 'scheduling-requested')
        .execute();
      expect(events.map((event) => event.payload)).toMatchObject([
        { leadId: scenario.scheduling.leadId, threadKey: scenario.scheduling.messageId },
      ]);
      expect(posted.map((message) => message.channel)).toEqual(['C0REPLIES']);
      // question → a reply draft parked for approval
      const approvals = await db
        .selectFrom('approvals')
        .selectAll()
        .where('lead_id', '=', scenario.question.leadId)
        .execute();
      expect(approvals).toMatchObject([{ action: 'follow_up_email', approval_class: 'SMART', status: 'pending' }]);
      expect((await system.store.drafts.findById(approvals[0]!.draft_id))?.status).toBe('pending_approval');
      // The cursor was saved: another poll reads nothing new and routes nothing twice.
      const [again] = await pollAllMailboxes(system, { imap, slack, log: () => undefined });
      expect(again).toMatchObject({ fetched: 0, routed: 0 });
    });
  },
);
