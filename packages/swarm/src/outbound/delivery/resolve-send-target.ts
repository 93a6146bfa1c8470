import { draftSendKey } from '../../domain/send-key.js';
import type { DeliveryRecord } from '../../ports/outbox-delivery-store.js';
import type { DraftConversation, StoredDraft } from '../../ports/pipeline-store.js';
import { RetryJobAfter, TransientJobFailure } from '../../domain/job-signals.js';
import { planDeferral } from './plan-deferral.js';
import { lintOutboundTemplate } from '../../compliance/index.js';
import { draftContentHash } from '../../pipeline/run/approve-chunk.js';
import { renderOutboxMessage } from '../../pipeline/run/outbox-rendering.js';
import type { SendJobPayload } from './send-job-payload.js';
import type { SendWorkerDependencies } from './send-worker-dependencies.js';

/** The outbox row a job sends, with the human approval behind it (if any), or why there is nothing to send. */
export type SendTarget =
  | { kind: 'deliver'; record: DeliveryRecord; approval: { approvalId: string; approvedBy: string } | null }
  | {
      kind: 'skip';
      reasonCode: 'approval_withdrawn' | 'booking_refused' | 'content_changed' | 'not_found' | 'template_noncompliant';
      reason: string;
    };

/** The idempotency key per (lead, step, channel) (issue 4; SPEC §1.3); re-exported from the domain. */
export { sendIdempotencyKey } from '../../domain/send-key.js';

/**
 * Resolves a send job to its outbox row. For an approval job the approval must still be `approved`
 * and the draft's content hash must equal the approved one (an edit after approval needs a new
 * approval, SPEC §3.6); the outbox row is rendered on first use under the (lead, step, channel) key,
 * so a repeated job finds the same row. Approved content that fails the EM-1 template lint (postal
 * address, opt-out line, honest subject) is skipped with `template_noncompliant`. An in-thread conversation
 * message (reply, scheduling) gets its own key and joins its thread; an approved calendar invite first
 * re-runs the booking guard (`confirmCalendarInvite`, as `SCHEDULER.create_event` through the gateway) and is
 * skipped with `booking_refused` when it fails.
 */
export async function resolveSendTarget(
  payload: SendJobPayload,
  dependencies: SendWorkerDependencies,
): Promise<SendTarget> {
  const { store, delivery } = dependencies;
  if ('outboxId' in payload) {
    const record = await delivery.load(payload.outboxId);
    if (!record)
      return { kind: 'skip', reasonCode: 'not_found', reason: `Outbox row ${payload.outboxId} is gone (erased?).` };
    return { kind: 'deliver', record, approval: null };
  }
  const approval = await store.approvals.findById(payload.approvalId);
  if (!approval || approval.status !== 'approved') {
    return {
      kind: 'skip',
      reasonCode: 'approval_withdrawn',
      reason: `Approval ${payload.approvalId} is ${approval ? approval.status : 'gone'}, not approved; nothing is sent.`,
    };
  }
  const draft = await store.drafts.findById(payload.draftId);
  if (!draft || draftContentHash(draft) !== payload.contentHash || approval.contentHash !== payload.contentHash) {
    return {
      kind: 'skip',
      reasonCode: 'content_changed',
      reason: `Draft ${payload.draftId} changed after approval ${approval.id}; it needs a new approval.`,
    };
  }
  const approvedBy = approval.decidedBy ?? 'unknown';
  const key = draftSendKey(draft);
  const existing = await delivery.findByIdempotencyKey(key);
  if (existing) return { kind: 'deliver', record: existing, approval: { approvalId: approval.id, approvedBy } };
  const lead = await store.leads.findById(approval.leadId);
  if (!lead?.email)
    return { kind: 'skip', reasonCode: 'not_found', reason: `Lead ${approval.leadId} has no email address.` };
  const thread = draft.conversation
    ? await conversationThread(dependencies, lead.id, draft.conversation)
    : draft.sequenceStep > 1
      ? await earlierThread(dependencies, lead.id, draft.sequenceStep)
      : undefined;
  const findings = lintOutboundTemplate({
    subject: draft.edited.subjectA ?? draft.subjectA,
    body: draft.edited.body ?? draft.body,
    sequenceStep: draft.sequenceStep,
    inThread: Boolean(thread?.inReplyTo),
    postalAddress: dependencies.rendering.sender.postalAddress,
  });
  if (findings.length > 0) {
    // EM-1 at send time: a human edit can remove the footer or fake a thread; such content never leaves.
    return {
      kind: 'skip',
      reasonCode: 'template_noncompliant',
      reason: `Draft ${draft.id} fails the EM-1 template lint: ${findings.map((finding) => finding.rule).join(', ')}.`,
    };
  }
  if (draft.conversation?.kind === 'calendar_invite_create') {
    // SPEC §3.6: approving an invite re-runs the booking guard before anything is written or sent.
    const refusal = await confirmInvite(dependencies, draft, { approvalId: approval.id, approvedBy });
    if (refusal) return { kind: 'skip', reasonCode: 'booking_refused', reason: refusal };
  }
  const message = await renderOutboxMessage({ draft, lead }, 'queued', key, dependencies.rendering, {
    ...(thread ? { thread } : {}),
    ...(thread?.mailbox ? { fromAddress: thread.mailbox } : {}),
  });
  await store.outbox.insertMany([message]);
  const record = await delivery.findByIdempotencyKey(key);
  if (!record) return { kind: 'skip', reasonCode: 'not_found', reason: `Lead ${approval.leadId} is gone.` };
  return { kind: 'deliver', record, approval: { approvalId: approval.id, approvedBy } };
}

/** Outbox statuses of messages that left (or may have): the thread a follow-up joins. */
const threadedStatuses = new Set(['sending', 'sent', 'uncertain']);

/** The thread a message joins: its key, the message it answers, the References chain and our mailbox in it. */
interface JoinedThread {
  threadKey: string;
  inReplyTo: string | null;
  references: string[];
  /** The mailbox our last message in the thread left from; the answer leaves from it too. */
  mailbox: string | null;
}

/**
 * The thread of a lead's earlier steps, for a follow-up's In-Reply-To/References (issue 4 "threading
 * headers on follow-ups"): the chain of our Message-IDs that left, oldest first; undefined when none did.
 */
async function earlierThread(
  dependencies: SendWorkerDependencies,
  leadId: string,
  sequenceStep: number,
): Promise<JoinedThread | undefined> {
  const earlier = (await dependencies.delivery.listForLead(leadId))
    .map((record) => record.message)
    .filter((message) => message.sequenceStep < sequenceStep && threadedStatuses.has(message.status))
    .sort((left, right) => left.sequenceStep - right.sequenceStep);
  const first = earlier[0];
  const last = earlier.at(-1);
  if (!first || !last) return undefined;
  return {
    threadKey: first.threadKey,
    inReplyTo: last.messageId,
    references: earlier.map((message) => message.messageId),
    mailbox: null,
  };
}

/**
 * The thread a conversation message answers (specs/threading.md; RFC 5322 §3.6.4): In-Reply-To is the
 * prospect's message when known, else our last message in the thread; References are our messages in the
 * thread (in the order they left) plus the producer's, ending with In-Reply-To. The answer leaves from the
 * mailbox the thread used (the producer's choice first), so the prospect sees the same sender.
 */
async function conversationThread(
  dependencies: SendWorkerDependencies,
  leadId: string,
  conversation: DraftConversation,
): Promise<JoinedThread> {
  const ours = (await dependencies.delivery.listForLead(leadId))
    .map((record) => record.message)
    .filter((message) => message.threadKey === conversation.threadKey && threadedStatuses.has(message.status));
  const inReplyTo = conversation.inReplyTo ?? ours.at(-1)?.messageId ?? null;
  const chain = [...ours.map((message) => message.messageId), ...conversation.references];
  const references = [...new Set(inReplyTo ? [...chain.filter((id) => id !== inReplyTo), inReplyTo] : chain)];
  return {
    threadKey: conversation.threadKey,
    inReplyTo,
    references,
    mailbox: conversation.mailbox ?? ours.at(-1)?.mailbox ?? null,
  };
}

/**
 * Re-runs the booking guard for an approved invite as `SCHEDULER.create_event` through the action gateway
 * (kill switches, the invite's approval, rate limit, audit): null when it booked, else why the invite must
 * not leave. A refusal that lifts by itself (kill switch, rate limit) defers the job instead.
 *
 * @throws RetryJobAfter when the gateway refused for a reason that lifts by itself.
 */
async function confirmInvite(
  dependencies: SendWorkerDependencies,
  draft: StoredDraft,
  approval: { approvalId: string; approvedBy: string },
): Promise<string | null> {
  const conversationId = draft.conversation?.schedulingConversationId;
  const start = draft.conversation?.meetingStart;
  const confirm = dependencies.confirmCalendarInvite;
  if (!confirm || !conversationId || !start) {
    return 'No scheduling conversation or booking guard is wired for this invite; it is not sent.';
  }
  const outcome = await dependencies.gateway.submit(
    {
      agent: 'SCHEDULER',
      action: 'create_event',
      target: `conversation:${conversationId}`,
      payload: { conversationId, start },
      evidence: draft.evidence,
      idempotencyKey: `book:${conversationId}:${start}`,
      actor: 'system:send-worker',
      summary: `book ${start} for conversation ${conversationId} (approved invite ${draft.id})`,
      approval,
    },
    {
      live: (request) => confirm(request.payload),
      shadow: async () => {
        throw new Error('create_event has no shadow path: shadow-mode approvals never enqueue a send.');
      },
      describe: (result) => (result.booked ? `booked ${result.bookingId}` : `not booked: ${result.reason}`),
    },
  );
  if (outcome.status === 'executed') {
    return outcome.result.booked
      ? null
      : `The booking guard refused the invite for ${start}: ${outcome.result.reason}.`;
  }
  if (outcome.status === 'refused') {
    const now = dependencies.clock.now();
    const retryAt = planDeferral(outcome.reasonCode, undefined, now);
    if (retryAt)
      throw new RetryJobAfter(retryAt.getTime() - now.getTime(), `${outcome.reasonCode}: ${outcome.message}`);
    return `SCHEDULER.create_event was refused (${outcome.reasonCode}): ${outcome.message}`;
  }
  if (outcome.status === 'failed') throw new TransientJobFailure(`${outcome.reasonCode}: ${outcome.message}`);
  return `SCHEDULER.create_event was ${outcome.status}; the invite is not sent.`;
}
