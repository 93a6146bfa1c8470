import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RetryJobAfter } from '../../domain/job-signals.js';
import { approveQueuedDraft } from '../../pipeline/approval/index.js';
import type { DraftConversation } from '../../ports/pipeline-store.js';
import type { SchedulingMessage } from '../../ports/scheduling-outbox.js';
import { createReplyEffectsRepository } from '../../store/repositories/reply-effects-repository.js';
import { createSendWorkerFixture, type SendWorkerFixture } from '../../test-support/send-worker-fixture.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { handleSendJob } from '../delivery/handle-send-job.js';
import { deterministicId } from '../../inbound/replies/deterministic-id.js';
import {
  conversationDraft,
  createApprovalSchedulingOutbox,
  createConversationClosing,
  pendingApprovalOf,
  saveDraftForApproval,
  smartApprover,
} from './index.js';

let database: TestDatabase;
let fixture: SendWorkerFixture;
let jobCounter = 0;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => {
  await database.freshSchema();
  fixture = createSendWorkerFixture(database);
});

const job = (payload: object) => ({ id: `job-${(jobCounter += 1)}`, name: 'send-email', payload, retryCount: 0 });
const spacing = () => fixture.desk.clock.advance(31_000); // past the SPEC 3.7 per-mailbox spacing

/** Sends a first touch and returns its lead, recipient and outbox row (the thread a conversation continues). */
async function firstTouchSent() {
  const [payload] = await fixture.approved(1);
  expect((await handleSendJob(job(payload!), fixture.dependencies)).status).toBe('sent');
  const approval = await fixture.desk.store.approvals.findById(payload!.approvalId);
  const [sent] = await fixture.desk.store.outbox.list({ leadId: approval!.leadId, limit: 5 });
  const lead = await fixture.desk.store.leads.findById(approval!.leadId);
  return { leadId: approval!.leadId, email: lead!.email!, first: sent! };
}

const closing = () =>
  createConversationClosing({
    sender: { company: 'Seller Co', postalAddress: '1 Main Street, Springfield, IL 62701' },
    unsubscribe: { baseUrl: 'https://caio.example.com', secret: 'test-unsubscribe-secret-0123456789abcdef' },
    clock: fixture.desk.clock,
  });

/** Stores a reply draft the way reply routing does, approves it as a person and returns the send job payload. */
async function approvedReply(
  leadId: string,
  recipient: string,
  conversation: Pick<DraftConversation, 'threadKey' | 'inReplyTo' | 'idempotencyKey'>,
) {
  const draft = conversationDraft({
    id: crypto.randomUUID(),
    leadId,
    angleId: 'reply:question',
    subject: 'Re: Ops at Company',
    body: closing()('Hi,\n\nThanks for your question. Here is a short answer.\n\nBest,\nAna', recipient),
    evidence: [],
    guardMode: 'reply',
    conversation: { kind: 'reply', ...conversation },
    createdAt: fixture.desk.clock.now(),
  });
  const approval = pendingApprovalOf(draft, {
    id: crypto.randomUUID(),
    agent: 'CRAFTER',
    action: 'follow_up_email',
    approvalClass: 'SMART',
    timeoutMinutes: 120,
  });
  await saveDraftForApproval(fixture.desk.store, draft, approval);
  const approvalId = approval.id;
  await approveQueuedDraft(
    { store: fixture.desk.store, jobs: fixture.desk.jobs, clock: fixture.desk.clock, mode: 'assisted' },
    { approvalId, actor: 'head-of-sales@example.com' },
  );
  return fixture.desk.jobs.sent.at(-1)!;
}

function schedulingOutbox(mode: 'shadow' | 'assisted' = 'assisted') {
  return createApprovalSchedulingOutbox({
    store: fixture.desk.store,
    jobs: fixture.desk.jobs,
    clock: fixture.desk.clock,
    mode,
    approvalTimeoutMinutes: 120,
    requireManualApproval: async () => false,
    closing: closing(),
  });
}

function schedulingMessage(leadId: string, to: string, threadKey: string, overrides: Partial<SchedulingMessage> = {}) {
  return {
    action: 'scheduling_response' as const,
    conversationId: 'conversation-1',
    leadId,
    to,
    threadKey,
    subject: 'Re: Ops at Company',
    text: 'Here are a few times that work:\n- Tue 24 Nov, 10:00 AM New York time (GMT-5)',
    headers: { 'X-Caio-Proposals': '2026-11-24T15:00:00.000Z' },
    idempotencyKey: 'scheduling:conversation-1:exchange:1',
    ...overrides,
  };
}

async function draftOfAngle(draftIdPrefix: string) {
  const page = await fixture.desk.store.drafts.list({ limit: 50 });
  return page.items.find((draft) => draft.angleId.startsWith(draftIdPrefix));
}

describe('in-thread conversation messages on the send path', () => {
  it('issue 6: an approved reply draft leaves once, in the thread, answering the prospect’s message from the same mailbox', async () => {
    const { leadId, email, first } = await firstTouchSent();
    spacing();
    const sendJob = await approvedReply(leadId, email, {
      threadKey: first.threadKey,
      inReplyTo: '<prospect-1@company.example.com>',
      idempotencyKey: 'reply:reply-1',
    });
    expect(sendJob.options?.singletonKey).toBe(`send:${leadId}:conversation:reply:reply-1:email`);
    const result = await handleSendJob(job(sendJob.payload), fixture.dependencies);
    expect(result).toMatchObject({ status: 'sent' });
    const delivered = fixture.transport.delivered.at(-1)!;
    expect(delivered.idempotencyKey).toBe(`send:${leadId}:conversation:reply:reply-1:email`);
    expect(delivered.from).toBe(first.mailbox);
    expect(delivered.inReplyTo).toBe('<prospect-1@company.example.com>');
    expect(delivered.references).toEqual([first.messageId, '<prospect-1@company.example.com>']);
    expect(delivered.raw).toContain('In-Reply-To: <prospect-1@company.example.com>');
    // EM-1: the footer with the postal address and the recipient's unsubscribe link went out.
    expect(delivered.text).toContain('1 Main Street, Springfield, IL 62701');
    expect(delivered.text).toMatch(/unsubscribe here: https:\/\/caio\.example\.com\/u\//);
    // The same approval executed again delivers nothing more.
    expect(await handleSendJob(job(sendJob.payload), fixture.dependencies)).toEqual({
      status: 'already_settled',
      outboxStatus: 'sent',
    });
    expect(fixture.transport.calls).toBe(2);
  });

  it('issue 6: a second reply to the same lead is its own send — not refused as a duplicate first touch', async () => {
    const { leadId, email, first } = await firstTouchSent();
    for (const index of [1, 2]) {
      spacing();
      const sendJob = await approvedReply(leadId, email, {
        threadKey: first.threadKey,
        inReplyTo: `<prospect-${index}@company.example.com>`,
        idempotencyKey: `reply:reply-${index}`,
      });
      expect((await handleSendJob(job(sendJob.payload), fixture.dependencies)).status).toBe('sent');
    }
    expect(fixture.transport.delivered.map((message) => message.inReplyTo)).toEqual([
      null,
      '<prospect-1@company.example.com>',
      '<prospect-2@company.example.com>',
    ]);
  });

  it('SPEC 3.6: SCHEDULER proposals are SMART — approved at once outside shadow mode and sent with their headers', async () => {
    const { leadId, email, first } = await firstTouchSent();
    spacing();
    await schedulingOutbox().submit(schedulingMessage(leadId, email, first.threadKey));
    const draft = await draftOfAngle('scheduling:scheduling_response');
    expect(draft?.status).toBe('approved');
    const sendJob = fixture.desk.jobs.sent.at(-1)!;
    const approval = await fixture.desk.store.approvals.findById(
      (sendJob.payload as { approvalId: string }).approvalId,
    );
    expect(approval).toMatchObject({ agent: 'SCHEDULER', approvalClass: 'SMART', decidedBy: smartApprover });
    expect((await handleSendJob(job(sendJob.payload), fixture.dependencies)).status).toBe('sent');
    const delivered = fixture.transport.delivered.at(-1)!;
    expect(delivered.raw).toContain('X-Caio-Proposals: 2026-11-24T15:00:00.000Z');
    expect(delivered.inReplyTo).toBe(first.messageId);
    // A replayed conversation step adds nothing.
    const jobsBefore = fixture.desk.jobs.sent.length;
    await schedulingOutbox().submit(schedulingMessage(leadId, email, first.threadKey));
    expect(fixture.desk.jobs.sent).toHaveLength(jobsBefore);
  });

  it('SPEC 3.6: in shadow mode a SMART scheduling message stays queued; nothing is approved or sent', async () => {
    const { leadId, email, first } = await firstTouchSent();
    const jobsBefore = fixture.desk.jobs.sent.length;
    await schedulingOutbox('shadow').submit(schedulingMessage(leadId, email, first.threadKey));
    expect((await draftOfAngle('scheduling:'))?.status).toBe('pending_approval');
    expect(fixture.desk.jobs.sent).toHaveLength(jobsBefore);
  });

  it('SPEC 3.6: an approved calendar invite re-runs the booking guard first; refused, it never leaves', async () => {
    const { leadId, email, first } = await firstTouchSent();
    spacing();
    const invite = schedulingMessage(leadId, email, first.threadKey, {
      action: 'calendar_invite_create',
      subject: 'Invitation: Ana / prospect',
      text: 'Great, you are booked.',
      headers: {},
      calendar: {
        method: 'REQUEST',
        content:
          'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//caio//test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:booking-1@caio.test\r\nDTSTAMP:20261123T150000Z\r\nDTSTART:20261124T150000Z\r\nDTEND:20261124T153000Z\r\nSUMMARY:Ana / prospect\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      },
      idempotencyKey: 'scheduling:conversation-1:invite:2026-11-24T15:00:00.000Z',
      meetingStart: '2026-11-24T15:00:00.000Z',
    });
    await schedulingOutbox().submit(invite);
    const draft = await draftOfAngle('scheduling:calendar_invite_create');
    expect(draft?.status).toBe('pending_approval'); // ALWAYS: a person approves invites in assisted mode
    const approval = { id: deterministicId(`conversation-approval:${invite.idempotencyKey}`) };
    await approveQueuedDraft(
      { store: fixture.desk.store, jobs: fixture.desk.jobs, clock: fixture.desk.clock, mode: 'assisted' },
      { approvalId: approval.id, actor: 'ae@example.com' },
    );
    const sendJob = fixture.desk.jobs.sent.at(-1)!;
    const confirmations: string[] = [];
    const refusing = {
      ...fixture.dependencies,
      confirmCalendarInvite: async (request: { conversationId: string; start: string }) => {
        confirmations.push(`${request.conversationId}@${request.start}`);
        return { booked: false as const, reason: 'SLOT_TAKEN' };
      },
    };
    expect(await handleSendJob(job(sendJob.payload), refusing)).toMatchObject({
      status: 'skipped',
      reasonCode: 'booking_refused',
    });
    expect(fixture.transport.calls).toBe(1); // the first touch only
    const booking = {
      ...fixture.dependencies,
      confirmCalendarInvite: async (request: { conversationId: string; start: string }) => {
        confirmations.push(`${request.conversationId}@${request.start}`);
        return { booked: true as const, bookingId: 'booking-1' };
      },
    };
    expect((await handleSendJob(job(sendJob.payload), booking)).status).toBe('sent');
    expect(confirmations).toEqual([
      'conversation-1@2026-11-24T15:00:00.000Z',
      'conversation-1@2026-11-24T15:00:00.000Z',
    ]);
    // Both booking attempts passed the action gateway as SCHEDULER.create_event with the invite's approval.
    const bookings = await fixture.desk.store.audit.query({ agent: 'SCHEDULER', action: 'create_event', limit: 10 });
    expect(bookings.items.map((event) => [event.outcome, event.approvalStatus])).toEqual([
      ['executed', 'approved by ae@example.com'],
      ['executed', 'approved by ae@example.com'],
    ]);
    const delivered = fixture.transport.delivered.at(-1)!;
    expect(delivered.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(delivered.raw).toContain('UID:booking-1@caio.test');
  });

  it('SPEC 7: after a colleague replies in the thread, SCHEDULER’s auto-approved messages wait; a person’s approval passes', async () => {
    const { leadId, email, first } = await firstTouchSent();
    spacing();
    await createReplyEffectsRepository(database.db).pauseAutomation({
      leadId,
      threadKey: first.threadKey,
      until: null,
      reason: 'a colleague replied in the thread',
      replyId: crypto.randomUUID(),
      at: fixture.desk.clock.now(),
    });
    await schedulingOutbox().submit(schedulingMessage(leadId, email, first.threadKey));
    const smartJob = fixture.desk.jobs.sent.at(-1)!;
    await expect(handleSendJob(job(smartJob.payload), fixture.dependencies)).rejects.toBeInstanceOf(RetryJobAfter);
    expect(fixture.transport.calls).toBe(1);
    const personJob = await approvedReply(leadId, email, {
      threadKey: first.threadKey,
      inReplyTo: '<prospect-3@company.example.com>',
      idempotencyKey: 'reply:reply-3',
    });
    expect((await handleSendJob(job(personJob.payload), fixture.dependencies)).status).toBe('sent');
  });
});
