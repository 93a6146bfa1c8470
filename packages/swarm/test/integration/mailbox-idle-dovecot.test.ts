import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImapIdleWatcher } from '../../src/adapters/imap/index.js';
import type { ResolvedImapSettings } from '../../src/config/imap-schema.js';
import { startMailboxPolling, type MailboxPolling } from '../../src/main/mailbox-polling.js';
import type { System } from '../../src/main/open-system.js';
import type { JobQueue } from '../../src/ports/job-queue.js';
import type { MailboxWatcher } from '../../src/ports/mailbox-watcher.js';
import {
  openReplyRoutingSystem,
  recordingSlack,
  replyTo,
  seedOutboundThread,
  type SeededThread,
} from '../../src/test-support/reply-scenario.js';
import { deliverRawMail, dovecotMailbox, emptyInbox, mailServers } from '../support/mail-servers.js';

const servers = mailServers();
const skipReason = servers.skipReason;
// Its own Dovecot user (.ci/servers/mail.sh): the other mail tests empty and count their own INBOXes.
const inbox = 'idle@caio.test';
const ourMailbox = 'ana@caio.test';

describe.skipIf(skipReason !== null)(
  `issue 6 "Mailboxes": IMAP IDLE on real Dovecot enqueues the poll at once${skipReason ? ` — skipped: ${skipReason}` : ''}`,
  () => {
    const mailbox = { ...dovecotMailbox(servers, inbox), idle: true };
    const key = mailbox.key;
    // A 10-minute interval: a reply handled within seconds was picked up by IDLE, not by the cron tick.
    const imap: ResolvedImapSettings = { pollSeconds: 600, mailboxes: [mailbox] };
    const { slack } = recordingSlack();
    const enqueued: object[] = [];
    let system: System;
    let thread: SeededThread;
    let polling: MailboxPolling | null = null;
    let idling: Promise<void>;

    beforeAll(async () => {
      await emptyInbox(servers, inbox);
      system = await openReplyRoutingSystem({
        ourMailbox,
        unsubscribeSecret: 'integration-unsubscribe-secret-0123456789',
      });
      const marker = randomUUID().slice(0, 8);
      thread = await seedOutboundThread(system, {
        email: `quinn.${marker}@example.com`,
        firstName: 'quinn',
        ourMailbox,
        marker,
      });
      const queue = await system.jobs();
      // The real pg-boss queue, recording what the IDLE wakeups send (the cron tick sends inside pg-boss).
      const jobs: JobQueue = {
        ...queue,
        send: (name, payload, options) => {
          enqueued.push(payload);
          return queue.send(name, payload, options);
        },
      };
      let ready: () => void = () => undefined;
      idling = new Promise((resolve) => (ready = resolve));
      const watcherFor = (mailbox: (typeof imap.mailboxes)[number]): MailboxWatcher => {
        const real = createImapIdleWatcher({ ...mailbox, mailbox: mailbox.folder });
        return {
          watch: (session) =>
            real.watch({
              ...session,
              onReady: () => {
                session.onReady();
                ready();
              },
            }),
        };
      };
      polling = await startMailboxPolling(jobs, system, { imap, slack, watcherFor, log: () => undefined });
    });
    afterAll(async () => {
      await polling?.stop();
      await system?.close();
    });

    it('a reply delivered over SMTP is stored and threaded within seconds, through a poll job the IDLE wakeup enqueued', async () => {
      await Promise.race([
        idling,
        new Promise((_, reject) => setTimeout(() => reject(new Error('the IDLE watcher never became ready')), 10_000)),
      ]);
      const delivered = performance.now();
      const messageId = `<reply.${randomUUID()}@example.com>`;
      await deliverRawMail(servers, [
        {
          from: thread.email,
          to: inbox,
          raw: replyTo(thread, {
            to: inbox,
            body: 'Does your product integrate with Salesforce?',
            date: new Date(),
            messageId,
          }),
        },
      ]);
      const db = system.database.db;
      let reply = null;
      while (performance.now() - delivered < 15_000) {
        reply = await db
          .selectFrom('inbound_replies')
          .selectAll()
          .where('lead_id', '=', thread.leadId)
          .executeTakeFirst();
        if (reply?.routed_at) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const seconds = (performance.now() - delivered) / 1000;
      expect(enqueued, 'the poll job came from the IDLE wakeup').toContainEqual({ mailbox: key });
      expect(reply?.outbox_id).toBe(thread.outboxId);
      expect(reply?.thread_key).toBe(thread.messageId);
      expect(reply?.intent).toBe('question');
      expect(reply?.routed_at).not.toBeNull();
      // Typically ~1 s (IDLE push + the queue's 2 s fetch interval); the margin is for a loaded CI machine.
      expect(seconds).toBeLessThan(15);
    });
  },
);
