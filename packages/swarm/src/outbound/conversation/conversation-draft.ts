import { draftFingerprint } from '../../pipeline/craft/index.js';
import { draftContentHash } from '../../pipeline/run/approve-chunk.js';
import type { Evidence } from '../../domain/evidence.js';
import type { ApprovalRecord, DraftConversation, Store, StoredDraft } from '../../ports/pipeline-store.js';

/** What an in-thread conversation draft is made of (a COMMUNICATOR reply, a SCHEDULER message). */
export interface ConversationDraftInput {
  id: string;
  leadId: string;
  /** `reply:<intent>` or `scheduling:<action>`: what produced it, for the desk and learning. */
  angleId: string;
  subject: string;
  /** The final body, EM-1 footer included. */
  body: string;
  evidence: Evidence[];
  /** The guard mode recorded on the draft (`reply`, `scheduling`): these drafts skip the cadence guard. */
  guardMode: string;
  /** The thread and extras; unset fields default to none (see {@link draftConversation}). */
  conversation: Pick<DraftConversation, 'kind' | 'threadKey' | 'idempotencyKey'> & Partial<DraftConversation>;
  createdAt: Date;
}

/** A {@link DraftConversation} with the optional parts defaulted to none. */
export function draftConversation(
  fields: Pick<DraftConversation, 'kind' | 'threadKey' | 'idempotencyKey'> & Partial<DraftConversation>,
): DraftConversation {
  return {
    inReplyTo: null,
    references: [],
    mailbox: null,
    headers: {},
    calendar: null,
    schedulingConversationId: null,
    meetingStart: null,
    ...fields,
  };
}

/**
 * An in-thread conversation draft awaiting approval: sequence step 0 (never a cadence step or first touch),
 * one subject for both A/B slots, and its conversation (thread, headers, calendar part).
 */
export function conversationDraft(input: ConversationDraftInput): StoredDraft {
  return {
    id: input.id,
    leadId: input.leadId,
    runId: null,
    sequenceStep: 0,
    angleId: input.angleId,
    subjectA: input.subject,
    subjectB: input.subject,
    body: input.body,
    evidence: input.evidence,
    fingerprint: draftFingerprint(input.subject, input.body),
    status: 'pending_approval',
    edited: { subjectA: null, subjectB: null, body: null },
    guard: { passed: true, mode: input.guardMode, violations: [] },
    createdAt: input.createdAt,
    conversation: draftConversation(input.conversation),
  };
}

/**
 * The pending approval of `draft` (SPEC §3.6), bound to its exact content hash and due after the approval
 * timeout (minutes; SPEC §3.6 default 120).
 */
export function pendingApprovalOf(
  draft: StoredDraft,
  approval: { id: string; agent: string; action: string; approvalClass: string; timeoutMinutes: number },
): ApprovalRecord {
  return {
    id: approval.id,
    draftId: draft.id,
    leadId: draft.leadId,
    agent: approval.agent,
    action: approval.action,
    approvalClass: approval.approvalClass,
    status: 'pending',
    contentHash: draftContentHash(draft),
    decidedBy: null,
    decidedAt: null,
    reason: null,
    dueAt: new Date(draft.createdAt.getTime() + approval.timeoutMinutes * 60_000),
    createdAt: draft.createdAt,
  };
}

/** Stores a draft and its pending approval in one transaction, so neither exists without the other. */
export async function saveDraftForApproval(
  store: Pick<Store, 'transaction'>,
  draft: StoredDraft,
  approval: ApprovalRecord,
): Promise<void> {
  await store.transaction(async (repositories) => {
    await repositories.drafts.insertMany([draft]);
    await repositories.approvals.insertMany([approval]);
  });
}
