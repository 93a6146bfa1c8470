import type { Tier } from '../../domain/lead.js';
import type { ApprovalBatch, ApprovalQueueEntry } from '../../ports/approval-desk-store.js';
import { batchPreviewHash } from './batch-preview-hash.js';
import type { DeskDependencies } from './desk-dependencies.js';

/** Most items one batch may freeze; larger queues need several batches (bulk operations stay reviewable). */
export const maximumBatchItems = 500;

/**
 * Freezes a batch scope (SPEC §3.6): the pending approvals matching `filter` at this instant, with
 * each item's content hash, a preview hash over them and an expiry of `batchTtlMs`. The scope is
 * stored; later queue changes never widen it.
 *
 * @returns the stored batch and the queue entries it froze (for the preview).
 */
export async function freezeApprovalBatch(
  dependencies: Pick<DeskDependencies, 'desk' | 'clock' | 'newId' | 'batchTtlMs'>,
  request: { filter: { tier?: Tier; status?: 'pending' }; actor: string },
): Promise<{ batch: ApprovalBatch; entries: ApprovalQueueEntry[] }> {
  const { desk, clock, newId, batchTtlMs } = dependencies;
  const entries: ApprovalQueueEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await desk.listQueue({
      status: 'pending',
      ...(request.filter.tier ? { tier: request.filter.tier } : {}),
      limit: Math.min(200, maximumBatchItems - entries.length),
      ...(cursor ? { cursor } : {}),
    });
    entries.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && entries.length < maximumBatchItems);
  const items = entries.map((entry) => ({
    approvalId: entry.approval.id,
    draftId: entry.draft.id,
    contentHash: entry.approval.contentHash,
  }));
  const now = clock.now();
  const batch: ApprovalBatch = {
    id: newId(),
    filter: { status: 'pending', ...(request.filter.tier ? { tier: request.filter.tier } : {}) },
    items,
    previewHash: batchPreviewHash(items),
    status: 'frozen',
    createdBy: request.actor,
    createdAt: now,
    expiresAt: new Date(now.getTime() + batchTtlMs),
    approvedBy: null,
    approvedAt: null,
    executedBy: null,
    executedAt: null,
    result: null,
  };
  await desk.batches.insert(batch);
  return { batch, entries };
}
