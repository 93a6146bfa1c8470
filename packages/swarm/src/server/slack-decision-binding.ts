import type { ApprovalDeskStore } from '../ports/approval-desk-store.js';
import type { SlackApprovalOptions, SlackButtonTarget } from '../webhooks/index.js';

/** Why a click's target cannot be decided (nothing happens; the route answers 200 with the reason). */
export type SlackBindingRefusal = 'unknown_target' | 'not_pending';

/**
 * Looks up what a clicked button must bind to (WH-9): for an approval, its current content hash
 * (`draftContentHash`, rebound on every edit) while it is still `pending`; for a batch, its preview
 * hash and expiry (Unix seconds) while it is still `frozen`. Returns the binding part of
 * {@link SlackApprovalOptions}, or why there is nothing to decide.
 */
export async function slackDecisionBinding(
  desk: ApprovalDeskStore,
  target: SlackButtonTarget,
): Promise<Pick<SlackApprovalOptions, 'approval' | 'batch'> | SlackBindingRefusal> {
  if (target.kind === 'approval') {
    const entry = await desk.findQueueEntry(target.id);
    if (!entry) return 'unknown_target';
    if (entry.approval.status !== 'pending') return 'not_pending';
    return { approval: { approvalId: entry.approval.id, previewHash: entry.approval.contentHash } };
  }
  const batch = await desk.batches.findById(target.id);
  if (!batch) return 'unknown_target';
  if (batch.status !== 'frozen') return 'not_pending';
  return {
    batch: {
      batchId: batch.id,
      previewHash: batch.previewHash,
      expiresAt: Math.floor(batch.expiresAt.getTime() / 1000),
    },
  };
}
