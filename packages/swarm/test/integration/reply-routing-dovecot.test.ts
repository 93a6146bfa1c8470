import { randomUUID } from 'node:crypto';
import { ImapFlow } from 'imapflow';
import { createTransport } from 'nodemailer';
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
import { serverUrl } from '../support/test-servers.js';

const smtpServer = serverUrl('CAIO_TEST_SMTP_URL');
const imapServer = serverUrl('CAIO_TEST_IMAP_URL');
const skipReason = smtpServer.skipReason ?? imapServer.skipReason;
const password = process.env.CAIO_TEST_MAIL_PASSWORD || 'caio-test-mail-password';
// Its own Dovecot user: mail-servers.test.ts reads prospect@, outbound-smtp-delivery.test.ts reads sender@.
const inbox = 'replies@caio.test';
const ourMailbox = 'ana@caio.test';

describe.skipIf(skipReason !== null)(
  `issue 6 done-when: replies delivered to real Dovecot are threaded, classified and routed${skipReason ? ` — skipped: ${skipReason}` : ''}`,
  () => {
    const smtpUrl = new URL(smtpServer.url ?? 'smtp://127.0.0.1:2525');
    const imapUrl = new URL(imapServer.url ?? 'imap://127.0.0.1:1143');
    const imap: ResolvedImapSettings = {
      pollSeconds: 60,
      mailboxes: [
        {
          key: `${inbox}@${imapUrl.hostname}/INBOX`,
          host: imapUrl.hostname,
          port: Number(imapUrl.port),
          secure: false,
          user: inbox,
          folder: 'INBOX',
          password,
        },
      ],
    };
    const { slack, posted } = recordingSlack();
    let system: System;
    let scenario: RoutingScenario;

    beforeAll(async () => {
      const client = new ImapFlow({
        host: imapUrl.hostname,
        port: Number(imapUrl.port),
        secure: false,
        auth: { user: inbox, pass: password },
        logger: false,
      });
      await client.connect();
      await client.mailboxOpen('INBOX');
      await client.messageDelete('1:*');
      await client.logout();
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
      const transport = createTransport({
        host: smtpUrl.hostname,
        port: Number(smtpUrl.port),
        secure: false,
        ignoreTLS: true,
      });
      for (const reply of scenario.replies) {
        await transport.sendMail({ envelope: { from: reply.thread.email, to: inbox }, raw: reply.raw });
      }
      transport.close();
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
