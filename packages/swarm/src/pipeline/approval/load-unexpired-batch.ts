import { CaioError } from '../../domain/errors.js';
import type { ApprovalBatch } from '../../ports/approval-desk-store.js';
import type { DeskDependencies } from './desk-dependencies.js';

/**
 * Loads a batch that has not expired yet (SPEC §3.6: execution verifies the expiry).
 *
 * @throws CaioError `not_found` for an unknown id; `conflict` with `details.reason = 'expired'`
 *   (HTTP 410) once `expiresAt` has passed — freeze a new batch.
 */
export async function loadUnexpiredBatch(
  dependencies: Pick<DeskDependencies, 'desk' | 'clock'>,
  batchId: string,
): Promise<ApprovalBatch> {
  const batch = await dependencies.desk.batches.findById(batchId);
  if (!batch) throw new CaioError('not_found', `No batch ${batchId}. Create one with POST /api/batches.`);
  if (dependencies.clock.now().getTime() >= batch.expiresAt.getTime()) {
    throw new CaioError(
      'conflict',
      `Batch ${batchId} expired at ${batch.expiresAt.toISOString()}; freeze a new batch with POST /api/batches.`,
      { details: { reason: 'expired' } },
    );
  }
  return batch;
}
