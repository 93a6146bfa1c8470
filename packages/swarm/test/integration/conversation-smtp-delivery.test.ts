import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImapInboxReader } from '../../src/adapters/imap/index.js';
import { readHeaderValues } from '../../src/adapters/smtp/read-header-values.js';
import { deterministicId } from '../../src/inbound/replies/deterministic-id.js';
import { conversationClosingFor } from '../../src/main/conversation-closing.js';
import type { System } from '../../src/main/open-system.js';
import { schedulingRuntimeFor } from '../../src/main/scheduling-workers.js';
import { conversationDraft, pendingApprovalOf, saveDraftForApproval } from '../../src/outbound/conversation/index.js';
import { approveQueuedDraft } from '../../src/pipeline/approval/index.js';
import type { InboundEmail } from '../../src/ports/inbox-reader.js';
import { createCalendarEventRepository } from '../../src/store/repositories/calendar-event-repository.js';
import { createOutboxDeliveryRepository } from '../../src/store/repositories/outbox-delivery-repository.js';
import { sampleLeadCandidate } from '../../src/test-support/sample-lead-candidate.js';
import { emptyInbox, imapReaderSettings, mailServers } from '../support/mail-servers.js';
import { openMailSystem } from '../support/open-mail-system.js';
import { waitFor } from '../support/wait-for.js';

const servers = mailServers();
const skipReason = servers.skipReason;
// Every mail test file reads its own inbox so the files can run in parallel; this one is thread@caio.test.
const recipient = 'thread@caio.test';
const mailbox = 'ana@caio.test';

async function seedLead(system: System): Promise<string> {
  const [upserted] = await system.store.leads.upsertMany([
    sampleLeadCandidate(recipient, {
      firstName: 'Tess',
      lastName: 'Prospect',
      title: 'Head of Operations',
      seniority: 'head',
      companyName: 'Caio Thread Co',
      industry: 'Logistics',
      employeeCount: 80,
      source: 'csv:integration.csv',
    }),
  ]);
  const leadId = upserted!.lead.id;
  await system.store.leads.recordProgress([{ id: leadId, status: 'replied', tier: 'tier_1', score: 90 }]);
  return leadId;
}

/** A COMMUNICATOR reply draft as reply routing stores it (issue 6), pending approval. */
async function seedReplyDraft(system: System, leadId: string, marker: string) {
  const draft = conversationDraft({
    id: randomUUID(),
    leadId,
    angleId: 'reply:question',
    subject: `Re: Ops at Caio Thread Co ${marker}`,
    body: conversationClosingFor(system)(
      `Hi Tess,\n\nThanks for your question (${marker}). Here is a short answer.\n\nBest,\nAna`,
      recipient,
    ),
    evidence: [],
    guardMode: 'reply',
    conversation: {
      kind: 'reply',
      threadKey: `<root-${marker}@caio.test>`,
      inReplyTo: `<question-${marker}@caio.test>`,
      references: [`<root-${marker}@caio.test>`],
      idempotencyKey: `reply:${marker}`,
    },
    createdAt: system.clock.now(),
  });
  const approval = pendingApprovalOf(draft, {
    id: randomUUID(),
    agent: 'CRAFTER',
    action: 'follow_up_email',
    approvalClass: 'SMART',
    timeoutMinutes: 120,
  });
  await saveDraftForApproval(system.store, draft, approval);
  return approval.id;
}

describe.skipIf(skipReason !== null)(
  `issues 6 and 7: in-thread messages through the send worker → real Postfix → IMAP${skipReason ? ` — skipped: ${skipReason}` : ''}`,
  () => {
    const inbox = createImapInboxReader(imapReaderSettings(servers, recipient));
    const arrivedWith = (marker: string, timeoutMs = 30_000) =>
      waitFor(
        async () => {
          const result = await inbox.fetchSince(null);
          return result.messages.find((message) => message.subject.includes(marker)) ?? null;
        },
        { timeoutMs, intervalMs: 250 },
      );
    let system: System;

    beforeAll(async () => {
      await emptyInbox(servers, recipient);
      system = await openMailSystem(servers, {
        // Two mailboxes: a message outside any thread of ours may take either; one in a thread keeps its mailbox.
        outboundMailboxes: [mailbox, 'bo@caio.test'],
        extraConfigLines: [
          'hosts: [{ id: ada, name: Ada Host, email: ada@caio.test, timezone: Europe/Berlin, calendar: { provider: embedded } }]',
        ],
      });
    });
    afterAll(async () => system?.close());

    it('issue 6: an approved reply draft reaches the prospect once, answering their message in the thread, with the EM-1 footer', async () => {
      const marker = randomUUID().slice(0, 8);
      const leadId = await seedLead(system);
      const approvalId = await seedReplyDraft(system, leadId, marker);
      await approveQueuedDraft(
        { store: system.store, jobs: await system.jobs(), clock: system.clock, mode: 'assisted' },
        { approvalId, actor: 'head-of-sales@example.com' },
      );
      const arrived = (await arrivedWith(marker)) as InboundEmail | null;
      expect(arrived).not.toBeNull();
      const raw = arrived!.raw.toString('utf8');
      expect(readHeaderValues(raw, 'In-Reply-To')).toEqual([`<question-${marker}@caio.test>`]);
      expect(readHeaderValues(raw, 'References')[0]).toBe(`<root-${marker}@caio.test> <question-${marker}@caio.test>`);
      expect(arrived!.from).toBe(mailbox);
      expect(arrived!.text).toContain('1 Main Street, Springfield, IL 62701');
      expect(arrived!.text).toMatch(/unsubscribe here: https:\/\/caio\.example\.com\/u\//);
      const [record] = await createOutboxDeliveryRepository(system.database.db).listForLead(leadId);
      expect(record?.message.idempotencyKey).toBe(`send:${leadId}:conversation:reply:${marker}:email`);
      expect(record?.message.threadKey).toBe(`<root-${marker}@caio.test>`);
    });

    it('issue 7: proposals go out at once (SMART), the prospect picks one, and the approved invite books one event and arrives as METHOD:REQUEST', async () => {
      const marker = randomUUID().slice(0, 8);
      const leadId = await seedLead(system);
      const runtime = await schedulingRuntimeFor(system);
      expect(runtime).not.toBeNull();
      const threadKey = `<root-${marker}@caio.test>`;
      const started = await runtime!.router.start({
        leadId,
        leadEmail: recipient,
        threadKey,
        timezone: { id: 'America/New_York', source: 'confirmed' },
      });
      expect(started.kind).toBe('proposed');
      if (started.kind !== 'proposed') return;
      const conversationId = started.conversation.id;
      const proposals = started.conversation.proposals;
      expect(proposals.length).toBeGreaterThanOrEqual(3);
      expect(proposals.length).toBeLessThanOrEqual(5);

      const proposalMail = (await waitFor(
        async () => {
          const result = await inbox.fetchSince(null);
          return (
            result.messages.find((message) =>
              readHeaderValues(message.raw.toString('utf8'), 'X-Caio-Proposals')[0]?.includes(proposals[0]!),
            ) ?? null
          );
        },
        { timeoutMs: 30_000, intervalMs: 250 },
      )) as InboundEmail | null;
      expect(proposalMail).not.toBeNull();
      expect(readHeaderValues(proposalMail!.raw.toString('utf8'), 'X-Caio-Proposals')).toEqual([proposals.join(',')]);

      const picked = await runtime!.router.handleReply(conversationId, 'The first one works for me.');
      expect(picked).toMatchObject({ kind: 'invite-pending', start: proposals[0] });
      const inviteApprovalId = deterministicId(
        `conversation-approval:scheduling:${conversationId}:invite:${proposals[0]}`,
      );
      await approveQueuedDraft(
        { store: system.store, jobs: await system.jobs(), clock: system.clock, mode: 'assisted' },
        { approvalId: inviteApprovalId, actor: 'ae@example.com' },
      );
      // The invite leaves from the thread's mailbox, so it waits out the 30 s mailbox spacing (SPEC 3.7).
      const inviteMail = (await arrivedWith('Invitation:', 75_000)) as InboundEmail | null;
      expect(inviteMail).not.toBeNull();
      const raw = inviteMail!.raw.toString('utf8');
      expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
      expect(raw).toContain('METHOD:REQUEST');
      expect(readHeaderValues(raw, 'In-Reply-To')).toEqual([proposalMail!.messageId]);
      expect(inviteMail!.from).toBe(proposalMail!.from);
      const booked = await createCalendarEventRepository(system.database.db).listOverlapping(
        'ada',
        new Date(Date.parse(proposals[0]!) - 60_000),
        new Date(Date.parse(proposals[0]!) + 3_600_000),
      );
      expect(booked.map((event) => event.start)).toEqual([proposals[0]]);
      expect((await runtime!.conversations.get(conversationId))?.status).toBe('booked');
    }, 120_000);
  },
);
