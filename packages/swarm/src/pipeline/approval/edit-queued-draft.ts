import { CaioError } from '../../domain/errors.js';
import type { ApprovalQueueEntry, DraftEdit } from '../../ports/approval-desk-store.js';
import { draftContentHash } from '../run/approve-chunk.js';
import type { DeskDependencies } from './desk-dependencies.js';

/** Fields a reviewer may change; omitted ones keep their current (edited or proposed) text. */
export interface DraftEditRequest {
  draftId: string;
  actor: string;
  subjectA?: string;
  subjectB?: string;
  body?: string;
}

/**
 * Stores a reviewer's edit beside the proposed version (SPEC §3.6 "edit then approve"). The draft's
 * approval is rebound to the new content hash in the same transaction; an already-approved draft
 * returns to `pending`, because the approval covered the old content. Audited with the actor.
 *
 * @returns the queue entry after the edit.
 * @throws CaioError `not_found` for an unknown draft; `conflict` when the draft is not pending or
 *   approved (rejected, expired, sent, or never queued); `input_invalid` when nothing would change.
 */
export async function editQueuedDraft(
  dependencies: Pick<DeskDependencies, 'store' | 'desk' | 'clock'>,
  request: DraftEditRequest,
): Promise<ApprovalQueueEntry> {
  const { store, desk, clock } = dependencies;
  const entry = await desk.findQueueEntryByDraft(request.draftId);
  if (!entry) {
    const exists = await store.drafts.findById(request.draftId);
    if (!exists) throw new CaioError('not_found', `No draft ${request.draftId}. List drafts with GET /api/approvals.`);
    throw new CaioError('conflict', `Draft ${request.draftId} is not in the approval queue, so it cannot be edited.`);
  }
  const { approval, draft } = entry;
  if (approval.status !== 'pending' && approval.status !== 'approved') {
    throw new CaioError(
      'conflict',
      `Draft ${draft.id} is ${approval.status}; only pending or approved drafts can be edited.`,
    );
  }
  if (draft.status === 'sent') throw new CaioError('conflict', `Draft ${draft.id} was already sent.`);
  const edit: DraftEdit = {
    subjectA: request.subjectA ?? draft.edited.subjectA,
    subjectB: request.subjectB ?? draft.edited.subjectB,
    body: request.body ?? draft.edited.body,
  };
  const contentHash = draftContentHash({ ...draft, edited: edit });
  if (contentHash === approval.contentHash) {
    throw new CaioError(
      'input_invalid',
      'The edit changes nothing: send at least one of subjectA, subjectB or body with new text.',
    );
  }
  const reopen = approval.status === 'approved';
  await store.transaction(async (repositories, transaction) => {
    await desk.saveDraftEdit({ draftId: draft.id, edit, contentHash, reopen }, transaction);
    if (reopen) await repositories.leads.recordProgress([{ id: approval.leadId, status: 'pending_approval' }]);
    await repositories.audit.record([
      {
        at: clock.now(),
        agent: 'GATEKEEPER',
        action: 'edit_draft',
        target: `draft:${draft.id}`,
        actor: request.actor,
        inputSummary: `approval ${approval.id}`,
        outputSummary: reopen ? 'edited after approval; back to pending' : 'edited while pending',
        approvalStatus: 'pending',
        evidence: [],
        durationMs: 0,
        outcome: 'decided',
        reasonCode: null,
        idempotencyKey: null,
        runId: null,
      },
    ]);
  });
  const updated = await desk.findQueueEntry(approval.id);
  if (!updated) throw new CaioError('not_found', `Approval ${approval.id} disappeared during the edit.`);
  return updated;
}
