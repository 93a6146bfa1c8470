import type { Mode } from '../../domain/agents.js';
import { CaioError } from '../../domain/errors.js';
import type { Clock } from '../../ports/clock.js';
import type { JobQueue } from '../../ports/job-queue.js';
import { draftSendKey } from '../../domain/send-key.js';
import type { ApprovalRecord, Store } from '../../ports/pipeline-store.js';
import { draftContentHash } from '../run/approve-chunk.js';
import { sendEmailJob } from '../run/send-chunk.js';

/** What approving or rejecting needs. */
export interface ApprovalDeskDependencies {
  store: Store;
  jobs: JobQueue;
  clock: Clock;
  mode: Mode;
}

async function pendingApproval(store: Store, approvalId: string): Promise<ApprovalRecord> {
  const approval = await store.approvals.findById(approvalId);
  if (!approval)
    throw new CaioError(
      'not_found',
      `No approval ${approvalId}. List pending ones with \`caio drafts --status pending_approval\`.`,
    );
  if (approval.status !== 'pending') {
    throw new CaioError(
      'conflict',
      `Approval ${approvalId} is already ${approval.status}${approval.decidedBy ? ` (by ${approval.decidedBy})` : ''}.`,
    );
  }
  return approval;
}

/**
 * Approves a queued draft (SPEC §3.6). In one transaction: the approval (bound to the exact content
 * hash), the draft and lead statuses, the audit event, and — outside shadow mode — the send job, so
 * an approval can never exist without its send or the reverse (STYLE.md §8).
 *
 * @throws CaioError `not_found` for an unknown id; `conflict` when it is no longer pending.
 */
export async function approveQueuedDraft(
  dependencies: ApprovalDeskDependencies,
  request: { approvalId: string; actor: string },
): Promise<ApprovalRecord> {
  const { store, clock, jobs, mode } = dependencies;
  const approval = await pendingApproval(store, request.approvalId);
  const draft = await store.drafts.findById(approval.draftId);
  if (!draft) throw new CaioError('not_found', `Draft ${approval.draftId} of approval ${approval.id} is gone.`);
  const now = clock.now();
  return store.transaction(async (repositories, transaction) => {
    const decided = await repositories.approvals.decide(
      approval.id,
      { status: 'approved', decidedBy: request.actor, decidedAt: now, reason: null },
      transaction,
    );
    if (!decided) throw new CaioError('conflict', `Approval ${approval.id} was decided by someone else just now.`);
    await repositories.drafts.setStatus(draft.id, 'approved', transaction);
    // An in-thread message (a reply, a scheduling message) does not move the lead back to `approved`:
    // the lead is already in conversation (SPEC §4 status machine).
    if (!draft.conversation) await repositories.leads.recordProgress([{ id: approval.leadId, status: 'approved' }]);
    if (mode !== 'shadow') {
      await jobs.send(
        sendEmailJob,
        { approvalId: approval.id, draftId: draft.id, contentHash: draftContentHash(draft) },
        { transaction, singletonKey: draftSendKey(draft) },
      );
    }
    await repositories.audit.record([
      {
        at: now,
        agent: 'GATEKEEPER',
        action: 'approve',
        target: `draft:${draft.id}`,
        actor: request.actor,
        inputSummary: `approval ${approval.id}`,
        outputSummary: mode === 'shadow' ? 'approved (shadow mode: nothing is sent)' : 'approved; send job enqueued',
        approvalStatus: 'approved',
        evidence: draft.evidence,
        durationMs: 0,
        outcome: 'decided',
        reasonCode: null,
        idempotencyKey: `approve:${approval.id}`,
        runId: null,
      },
    ]);
    return decided;
  });
}

/**
 * Rejects a queued draft with a reason (SPEC §3.6). The reason feeds rejection memory (GUARD-001/002)
 * and a cadence draft's lead returns to `scored`, so the next run crafts a new draft on a different angle (an
 * in-thread conversation message leaves the lead where the conversation put it).
 *
 * @throws CaioError `input_invalid` without a reason; `not_found`; `conflict` when no longer pending.
 */
export async function rejectQueuedDraft(
  dependencies: ApprovalDeskDependencies,
  request: { approvalId: string; actor: string; reason: string },
): Promise<ApprovalRecord> {
  const reason = request.reason.trim();
  if (!reason)
    throw new CaioError(
      'input_invalid',
      'A rejection needs a reason (--reason "…"): it teaches the crafter what to avoid.',
    );
  const { store, clock } = dependencies;
  const approval = await pendingApproval(store, request.approvalId);
  const draft = await store.drafts.findById(approval.draftId);
  if (!draft) throw new CaioError('not_found', `Draft ${approval.draftId} is gone.`);
  const now = clock.now();
  return store.transaction(async (repositories, transaction) => {
    const decided = await repositories.approvals.decide(
      approval.id,
      { status: 'rejected', decidedBy: request.actor, decidedAt: now, reason },
      transaction,
    );
    if (!decided) throw new CaioError('conflict', `Approval ${approval.id} was decided by someone else just now.`);
    await repositories.drafts.setStatus(draft.id, 'rejected', transaction);
    await repositories.rejectionMemory.record(
      {
        leadId: approval.leadId,
        draftId: draft.id,
        angleId: draft.angleId,
        draftFingerprint: draft.fingerprint,
        reason,
        rejectedAt: now,
        evidence: draft.evidence,
      },
      transaction,
    );
    // A rejected in-thread message leaves the lead where the conversation put it; a cadence draft re-crafts.
    if (!draft.conversation) await repositories.leads.recordProgress([{ id: approval.leadId, status: 'scored' }]);
    await repositories.audit.record([
      {
        at: now,
        agent: 'GATEKEEPER',
        action: 'reject',
        target: `draft:${draft.id}`,
        actor: request.actor,
        inputSummary: `approval ${approval.id}`,
        outputSummary: `rejected: ${reason}`,
        approvalStatus: 'rejected',
        evidence: [],
        durationMs: 0,
        outcome: 'decided',
        reasonCode: 'rejected_by_reviewer',
        idempotencyKey: `reject:${approval.id}`,
        runId: null,
      },
    ]);
    return decided;
  });
}
