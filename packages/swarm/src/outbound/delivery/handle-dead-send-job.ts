import type { QueuedJob } from '../../ports/job-queue.js';
import type { DeliveryRecord } from '../../ports/outbox-delivery-store.js';
import { draftSendKey } from '../../domain/send-key.js';
import { sendJobPayloadSchema, type SendJobPayload } from './send-job-payload.js';
import type { SendWorkerDependencies } from './send-worker-dependencies.js';

/** The dead-letter queue of send jobs (pg-boss moves a job there after its retry limit). */
export const deadSendEmailJob = 'send-email.dead';

/**
 * Handles a send job that exhausted its retries (issue 4 "Poison jobs go to a dead-letter queue
 * with an alert"): the job is stored with its reason, its outbox row is settled — `uncertain` if a
 * vendor call may have happened, `failed` otherwise — and an alert is raised. Never throws for a
 * malformed payload: the dead-letter queue must drain.
 */
export async function handleDeadSendJob(job: QueuedJob<unknown>, dependencies: SendWorkerDependencies): Promise<void> {
  const { delivery, clock } = dependencies;
  const now = clock.now();
  const parsed = sendJobPayloadSchema.safeParse(job.payload);
  const record = parsed.success ? await findRecord(parsed.data, dependencies) : null;
  const outboxId = record?.message.id ?? null;
  const reason = `send job ${job.id} exhausted its retries${record?.reason ? ` (last: ${record.reasonCode}: ${record.reason})` : ''}`;
  await delivery.recordDeadJob({ jobId: job.id, outboxId, payload: toObject(job.payload), reason, at: now });
  if (record && ['queued', 'claimed', 'sending'].includes(record.message.status)) {
    const status = record.message.status === 'sending' ? 'uncertain' : 'failed';
    await delivery.settle(record.message.id, status, { reasonCode: 'dead_lettered', reason, at: now });
  }
  await dependencies.alert({
    severity: 'critical',
    text: `Send dead-lettered: ${reason}. See \`caio why\` for the lead.`,
  });
}

async function findRecord(
  payload: SendJobPayload,
  dependencies: SendWorkerDependencies,
): Promise<DeliveryRecord | null> {
  if ('outboxId' in payload) return dependencies.delivery.load(payload.outboxId);
  const approval = await dependencies.store.approvals.findById(payload.approvalId);
  const draft = await dependencies.store.drafts.findById(payload.draftId);
  if (!approval || !draft) return null;
  return dependencies.delivery.findByIdempotencyKey(draftSendKey(draft));
}

function toObject(value: unknown): object {
  return typeof value === 'object' && value !== null ? value : { value };
}
