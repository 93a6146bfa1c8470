import { createHash } from 'node:crypto';
import type { FrozenBatchItem } from '../../ports/approval-desk-store.js';

/**
 * The preview hash of a batch (SPEC §3.6): SHA-256 hex over the frozen item ids and their content
 * hashes, in order. Approving a batch must quote it, proving the approver saw exactly this scope.
 */
export function batchPreviewHash(items: readonly FrozenBatchItem[]): string {
  const hash = createHash('sha256');
  for (const item of items) hash.update(`${item.approvalId}:${item.draftId}:${item.contentHash}\n`);
  return hash.digest('hex');
}
