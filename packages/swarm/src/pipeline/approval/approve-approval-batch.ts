import { timingSafeEqual } from 'node:crypto';
import { CaioError } from '../../domain/errors.js';
import type { ApprovalBatch } from '../../ports/approval-desk-store.js';
import type { DeskDependencies } from './desk-dependencies.js';
import { loadUnexpiredBatch } from './load-unexpired-batch.js';

function sameHash(left: string, right: string): boolean {
  const a = Buffer.from(left, 'utf8');
  const b = Buffer.from(right, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Approves a frozen batch (SPEC §3.6). The approver quotes the preview hash they saw; a different
 * hash means they approved another scope, so nothing changes. Nothing is sent here — execution does.
 *
 * @throws CaioError `not_found`; `conflict` (`expired`, HTTP 410) after expiry; `conflict` when the
 *   preview hash does not match or the batch was already approved.
 */
export async function approveApprovalBatch(
  dependencies: Pick<DeskDependencies, 'desk' | 'clock'>,
  request: { batchId: string; previewHash: string; actor: string },
): Promise<ApprovalBatch> {
  const batch = await loadUnexpiredBatch(dependencies, request.batchId);
  if (!sameHash(batch.previewHash, request.previewHash)) {
    throw new CaioError(
      'conflict',
      `previewHash does not match batch ${batch.id}: re-read the batch preview and approve what it shows.`,
    );
  }
  const approved = await dependencies.desk.batches.markApproved(batch.id, {
    by: request.actor,
    at: dependencies.clock.now(),
  });
  if (!approved) throw new CaioError('conflict', `Batch ${batch.id} is already ${batch.status}.`);
  return approved;
}
