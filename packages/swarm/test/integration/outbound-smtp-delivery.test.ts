import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImapInboxReader } from '../../src/adapters/imap/index.js';
import { readHeaderValues } from '../../src/adapters/smtp/read-header-values.js';
import type { System } from '../../src/main/open-system.js';
import { approveQueuedDraft } from '../../src/pipeline/approval/index.js';
import { draftContentHash, sendEmailJob } from '../../src/pipeline/run/index.js';
import type { InboundEmail } from '../../src/ports/inbox-reader.js';
import type { StoredDraft } from '../../src/ports/pipeline-store.js';
import { createOutboxDeliveryRepository } from '../../src/store/repositories/outbox-delivery-repository.js';
import { sampleLeadCandidate } from '../../src/test-support/sample-lead-candidate.js';
import { emptyInbox, imapReaderSettings, mailServers } from '../support/mail-servers.js';
import { openMailSystem } from '../support/open-mail-system.js';
import { waitFor } from '../support/wait-for.js';

const servers = mailServers();
const skipReason = servers.skipReason;
// mail-servers.test.ts reads prospect@caio.test; this file reads sender@caio.test so the two can run in parallel.
const recipient = 'sender@caio.test';
const mailbox = 'ana@caio.test';

async function seedApprovedDraft(system: System, marker: string) {
  const { store, clock } = system;
  const [upserted] = await store.leads.upsertMany([
    sampleLeadCandidate(recipient, {
      firstName: 'Sam',
      lastName: 'Prospect',
      title: 'VP Operations',
      seniority: 'vp',
      companyName: 'Caio Test Co',
      industry: 'Logistics',
      employeeCount: 120,
      source: 'csv:integration.csv',
    }),
  ]);
  const leadId = upserted!.lead.id;
  await store.leads.recordProgress([{ id: leadId, status: 'pending_approval', tier: 'tier_1', score: 90 }]);
  const draft: StoredDraft = {
    id: randomUUID(),
    leadId,
    runId: null,
    sequenceStep: 1,
    angleId: 't1-ops-efficiency',
    status: 'pending_approval',
    subjectA: `Ops at Caio Test Co ${marker}`,
    subjectB: `Ops at Caio Test Co ${marker}`,
    body: `Hi Sam,\n\nA short note about operations (${marker}).\n\nBest,\nAna\n\nCaio Seller Co, 1 Main Street, Springfield, IL 62701\nNot interested? Unsubscribe: https://caio.example.com/u/static`,
    evidence: [{ kind: 'lead.title', value: 'VP Operations', source: 'csv', observedAt: clock.now().toISOString() }],
    fingerprint: `fingerprint-${marker}`,
    edited: { subjectA: null, subjectB: null, body: null },
    guard: { passed: true, mode: 'enforce', violations: [] },
    createdAt: clock.now(),
  };
  const approvalId = randomUUID();
  await store.drafts.insertMany([draft]);
  await store.approvals.insertMany([
    {
      id: approvalId,
      draftId: draft.id,
      leadId,
      agent: 'OPERATOR',
      action: 'send_email',
      approvalClass: 'ALWAYS',
      status: 'pending',
      contentHash: draftContentHash(draft),
      decidedBy: null,
      decidedAt: null,
      reason: null,
      dueAt: new Date(clock.now().getTime() + 7_200_000),
      createdAt: clock.now(),
    },
  ]);
  return { approvalId, draft, leadId };
}

describe.skipIf(skipReason !== null)(
  `issue 4 done-when: assisted mode, approval → send worker → real Postfix → IMAP${skipReason ? ` — skipped: ${skipReason}` : ''}`,
  () => {
    let system: System;

    beforeAll(async () => {
      await emptyInbox(servers, recipient);
      system = await openMailSystem(servers, { outboundMailboxes: [mailbox] });
    });
    afterAll(async () => system?.close());

    it('issue 4: an approved draft reaches a real mailbox once, with our Message-ID, threading-ready headers and both List-Unsubscribe headers', async () => {
      const marker = randomUUID().slice(0, 8);
      const { approvalId, leadId } = await seedApprovedDraft(system, marker);
      const jobs = await system.jobs();
      await approveQueuedDraft(
        { store: system.store, jobs, clock: system.clock, mode: 'assisted' },
        { approvalId, actor: 'head-of-sales@example.com' },
      );
      const delivery = createOutboxDeliveryRepository(system.database.db);
      const sent = await waitFor(
        async () => {
          const [record] = await delivery.listForLead(leadId);
          return record && ['sent', 'failed', 'refused', 'uncertain'].includes(record.message.status) ? record : null;
        },
        { timeoutMs: 20_000, intervalMs: 100 },
      );
      expect(sent?.message.status, `${sent?.reasonCode}: ${sent?.reason}`).toBe('sent');
      const inbox = createImapInboxReader(imapReaderSettings(servers, recipient));
      const arrived = await waitFor(
        async () => {
          const result = await inbox.fetchSince(null);
          return result.messages.find((message) => message.subject.includes(marker)) ?? null;
        },
        { timeoutMs: 20_000, intervalMs: 100 },
      );
      expect(arrived).not.toBeNull();
      const email = arrived as InboundEmail;
      expect(email.messageId).toBe(sent?.message.messageId);
      expect(email.from).toBe(mailbox);
      expect(email.text).toContain(`A short note about operations (${marker})`);
      const raw = email.raw.toString('utf8');
      expect(readHeaderValues(raw, 'List-Unsubscribe')[0]).toMatch(/^<https:\/\/caio\.example\.com\/u\/[^>]+>$/);
      expect(readHeaderValues(raw, 'List-Unsubscribe-Post')).toEqual(['List-Unsubscribe=One-Click']);

      // The same approval executed again (a duplicate job) delivers nothing more.
      await jobs.send(sendEmailJob, {
        approvalId,
        draftId: sent!.message.draftId,
        contentHash: draftContentHash(sent!.draft!),
      });
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const all = await inbox.fetchSince(null);
      expect(all.messages.filter((message) => message.subject.includes(marker))).toHaveLength(1);
      expect((await delivery.listForLead(leadId))[0]?.attempts).toBe(1);
    });
  },
);
