import { CaioError, isCaioError } from '../../domain/errors.js';
import type { ApprovalBatch, ApprovalBatchResult, FrozenBatchItem } from '../../ports/approval-desk-store.js';
import { batchPreviewHash } from './batch-preview-hash.js';
import { approveQueuedDraft } from './decide-approval.js';
import type { DeskDependencies } from './desk-dependencies.js';
import { loadUnexpiredBatch } from './load-unexpired-batch.js';

async function approveFrozenItem(
  dependencies: DeskDependencies,
  item: FrozenBatchItem,
  actor: string,
): Promise<string | null> {
  const approval = await dependencies.store.approvals.findById(item.approvalId);
  if (!approval) return 'approval no longer exists';
  if (approval.status !== 'pending') return `no longer pending (${approval.status})`;
  if (approval.contentHash !== item.contentHash) return 'content changed since the preview';
  try {
    await approveQueuedDraft(dependencies, { approvalId: item.approvalId, actor });
    return null;
  } catch (error) {
    if (isCaioError(error) && (error.code === 'conflict' || error.code === 'not_found')) return error.message;
    throw error;
  }
}

/**
 * Executes an approved batch exactly once (SPEC §3.6). Verifies the expiry and that the stored scope
 * still hashes to the approved preview hash, then claims the batch (`approved → executed`,
 * compare-and-set) before approving anything, so a second execution finds it executed and does
 * nothing. Only the frozen items are approved, and only those still pending with the previewed
 * content hash; every other item is skipped with its reason. Queue changes never widen the scope.
 *
 * @returns the batch, what this call did, and `executedNow: false` when it had already run.
 * @throws CaioError `not_found`; `conflict` (`expired`, HTTP 410); `conflict` when not approved yet or
 *   when the stored scope no longer matches its preview hash.
 */
export async function executeApprovalBatch(
  dependencies: DeskDependencies,
  request: { batchId: string; actor: string },
): Promise<{ batch: ApprovalBatch; result: ApprovalBatchResult; executedNow: boolean }> {
  const existing = await dependencies.desk.batches.findById(request.batchId);
  if (existing?.status === 'executed') {
    return { batch: existing, result: { approved: [], skipped: [] }, executedNow: false };
  }
  const batch = await loadUnexpiredBatch(dependencies, request.batchId);
  if (batch.status !== 'approved') {
    throw new CaioError('conflict', `Batch ${batch.id} is ${batch.status}: approve it with its previewHash first.`);
  }
  if (batchPreviewHash(batch.items) !== batch.previewHash) {
    throw new CaioError(
      'conflict',
      `Batch ${batch.id}'s stored scope does not match its preview hash; nothing was approved.`,
    );
  }
  const claimed = await dependencies.desk.batches.markExecuted(batch.id, {
    by: request.actor,
    at: dependencies.clock.now(),
  });
  if (!claimed) {
    const current = (await dependencies.desk.batches.findById(batch.id)) ?? batch;
    return { batch: current, result: { approved: [], skipped: [] }, executedNow: false };
  }
  const result: ApprovalBatchResult = { approved: [], skipped: [] };
  for (const item of batch.items) {
    const skipped = await approveFrozenItem(dependencies, item, request.actor);
    if (skipped) result.skipped.push({ approvalId: item.approvalId, reason: skipped });
    else result.approved.push(item.approvalId);
  }
  await dependencies.desk.batches.recordResult(batch.id, result);
  return { batch: { ...claimed, result }, result, executedNow: true };
}
