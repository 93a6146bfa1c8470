import type { QueuedJob } from '../../ports/job-queue.js';
import type { DeskDependencies } from './desk-dependencies.js';
import { executeApprovalBatch } from './execute-approval-batch.js';

/**
 * Queue of deferred batch executions: a Slack click approves a batch in the request and enqueues
 * the execution here, because a batch of up to 500 items may not finish within Slack's 3 s
 * acknowledgement window. Declare it at start-up (`declaredQueues`).
 */
export const executeApprovalBatchJob = 'approval-batch-execute';

/** Payload of {@link executeApprovalBatchJob}: the approved batch and the audit actor (e.g. `slack:U123`). */
export interface ExecuteApprovalBatchPayload {
  batchId: string;
  actor: string;
}

/**
 * Runs one queued batch execution. Safe to retry: {@link executeApprovalBatch} compare-and-sets
 * `approved → executed`, so a second delivery reports `executedNow: false` and approves nothing.
 *
 * @throws CaioError from {@link executeApprovalBatch} (`conflict`/`expired`), which fails the job.
 */
export async function handleExecuteApprovalBatchJob(
  dependencies: DeskDependencies,
  job: QueuedJob<ExecuteApprovalBatchPayload>,
): Promise<void> {
  await executeApprovalBatch(dependencies, { batchId: job.payload.batchId, actor: job.payload.actor });
}
