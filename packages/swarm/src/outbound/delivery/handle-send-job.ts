import type { QueuedJob } from '../../ports/job-queue.js';
import { handleSendJobs } from './handle-send-jobs.js';
import type { SendJobResult } from './handle-one-send-job.js';
import type { SendWorkerDependencies } from './send-worker-dependencies.js';

/** The job name the send worker consumes (shared with the pipeline and the approval desk). */
export { sendEmailJob } from '../../pipeline/run/send-chunk.js';
export type { SendJobResult } from './handle-one-send-job.js';

/**
 * Handles one send job (issue 4 "Workers and send jobs") as a batch of one
 * ({@link handleSendJobs}): resolve the outbox row, reconcile a row a previous attempt left in
 * `sending`, claim it, and submit `OPERATOR.deliver_email` through the action gateway under the
 * SPEC §3.7 send policy. At most once: `sending` is written before the vendor call.
 *
 * Returns when the job is done; throws a job signal otherwise — `RetryJobAfter` for deferrals,
 * `NeverRetryJob` for permanent refusals and vendor rejections (recorded on the row first),
 * `TransientJobFailure` for failures worth a retry.
 */
export async function handleSendJob(
  job: QueuedJob<unknown>,
  dependencies: SendWorkerDependencies,
): Promise<SendJobResult> {
  const [settlement] = await handleSendJobs([job], dependencies);
  if (!settlement) throw new Error('handleSendJobs returned no settlement for the job');
  if (settlement.status === 'rejected') throw settlement.reason;
  return settlement.value;
}
