import { NeverRetryJob, RetryJobAfter, TransientJobFailure } from '../../domain/job-signals.js';
import type { ActionRequest, GatewayOutcome } from '../../guardrails/action-request.js';
import type { QueuedJob } from '../../ports/job-queue.js';
import type { DeliveryRecord } from '../../ports/outbox-delivery-store.js';
import type { OutboxStatus } from '../../ports/pipeline-store.js';
import type { OutboundSendPayload } from '../policy/outbound-send.js';
import { releaseUnsentReservation } from '../policy/release-unsent-reservation.js';
import { classifySendFailure } from './classify-send-failure.js';
import { createDeliverEffect, type DeliveryResult, type VendorFailureSlot } from './deliver-effect.js';
import { capRetryAfter, planDeferral } from './plan-deferral.js';
import { reconcileSending } from './reconcile-sending.js';
import { resolveSendTarget } from './resolve-send-target.js';
import { parseSendJobPayload } from './send-job-payload.js';
import type { SendWorkerDependencies } from './send-worker-dependencies.js';

/** How a send job ended when it did not throw a job signal. */
export type SendJobResult =
  | { status: 'sent'; result: DeliveryResult }
  | { status: 'already_settled'; outboxStatus: OutboxStatus }
  | { status: 'busy' }
  | { status: 'skipped'; reasonCode: string; reason: string };

const defaultClaimLeaseMs = 600_000;

/** The claim lease of `dependencies.claimLeaseMs` (default 10 min), shared with the batch path. */
export function claimLeaseOf(dependencies: Pick<SendWorkerDependencies, 'claimLeaseMs'>): number {
  return dependencies.claimLeaseMs ?? defaultClaimLeaseMs;
}

/** The retry signal for a row deferred past `now` (`notBefore` ahead), else null (shared with the batch path). */
export function notBeforeDeferral(record: DeliveryRecord, now: Date): RetryJobAfter | null {
  if (!record.notBefore || record.notBefore.getTime() <= now.getTime()) return null;
  return new RetryJobAfter(
    record.notBefore.getTime() - now.getTime(),
    `deferred until ${record.notBefore.toISOString()}`,
  );
}

/**
 * Handles one send job on its own (the batch path's fallback for approval jobs, invalid payloads and
 * rows left in `sending`, and the whole path when no batch ports are wired) (issue 4 "Workers and send jobs"): resolve the outbox row (re-checking the
 * approval and its content hash), reconcile a row a previous attempt left in `sending`, claim the
 * row, and submit `OPERATOR.deliver_email` through the action gateway with the SPEC §3.7 send
 * policy as validators. At most once: `sending` is written before the vendor call and a row in
 * `sending` is never sent again without the vendor saying it did not leave, and the vendor is asked
 * only after the claim lease (until then another worker may still be inside the vendor call).
 *
 * Returns when the job is done; throws a job signal otherwise — {@link RetryJobAfter} for deferrals
 * (send window, limits, kill switches, vendor Retry-After capped at 1 h), {@link NeverRetryJob} for
 * permanent refusals and vendor rejections (recorded on the row first), {@link TransientJobFailure}
 * for failures worth a retry (after the retry limit the job is dead-lettered).
 */
export async function handleOneSendJob(
  job: QueuedJob<unknown>,
  dependencies: SendWorkerDependencies,
): Promise<SendJobResult> {
  let payload;
  try {
    payload = parseSendJobPayload(job.payload);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await dependencies.delivery.recordDeadJob({
      jobId: job.id,
      outboxId: null,
      payload: toObject(job.payload),
      reason,
      at: dependencies.clock.now(),
    });
    throw new NeverRetryJob(reason);
  }
  const target = await resolveSendTarget(payload, dependencies);
  if (target.kind === 'skip') return { status: 'skipped', reasonCode: target.reasonCode, reason: target.reason };
  let record = target.record;
  if (record.message.status === 'sending') {
    // Another worker may still be inside the vendor call (a duplicate job for the same row): asking
    // the vendor now can answer "not delivered" and send twice. Reconcile only after the lease.
    const leaseEndsMs = (record.sendingAt?.getTime() ?? 0) + claimLeaseOf(dependencies);
    const waitMs = leaseEndsMs - dependencies.clock.now().getTime();
    if (waitMs > 0) {
      throw new RetryJobAfter(
        waitMs,
        `outbox ${record.message.id} may still be in a vendor call; reconciling after its lease`,
      );
    }
    const reconciled = await reconcileSending(record, dependencies);
    if (reconciled.kind === 'settled') return { status: 'already_settled', outboxStatus: reconciled.status };
    record = reconciled.record;
  }
  if (record.message.status !== 'queued' && record.message.status !== 'claimed') {
    return { status: 'already_settled', outboxStatus: record.message.status };
  }
  const now = dependencies.clock.now();
  const deferral = notBeforeDeferral(record, now);
  if (deferral) throw deferral;
  const staleBefore = new Date(now.getTime() - claimLeaseOf(dependencies));
  if (!(await dependencies.delivery.claim(record.message.id, { now, staleBefore }))) return { status: 'busy' };
  return deliverClaimed(record, target.approval, dependencies);
}

async function deliverClaimed(
  record: DeliveryRecord,
  approval: { approvalId: string; approvedBy: string } | null,
  dependencies: SendWorkerDependencies,
): Promise<SendJobResult> {
  const request = deliveryRequest(record, approval);
  const failure: VendorFailureSlot = {};
  const outcome = await dependencies.gateway.submit(request, createDeliverEffect(record, dependencies, failure));
  if (outcome.status === 'executed') {
    await dependencies.leadStatus.applyTransitions([
      { leadId: record.lead.id, to: 'sent', reason: 'email_sent', actor: 'OPERATOR' },
    ]);
    return { status: 'sent', result: outcome.result };
  }
  return settleUnsent(record, request, outcome, failure, dependencies);
}

/**
 * Gives back the quota of a claimed row that did not go out, records why on the row and throws the
 * job signal for it (shared with the batch path). `failure` is the effect's vendor-failure slot:
 * empty when the vendor was never called.
 */
export async function settleUnsent(
  record: DeliveryRecord,
  request: ActionRequest<OutboundSendPayload>,
  outcome: Exclude<GatewayOutcome<DeliveryResult>, { status: 'executed' }>,
  failure: VendorFailureSlot,
  dependencies: SendWorkerDependencies,
): Promise<never> {
  const { delivery, clock, decisions } = dependencies;
  const failureClass = failure.error !== undefined ? classifySendFailure(failure.error) : null;
  // A send that may have left keeps its quota (EM-7 counts it); everything else gives it back.
  if (failureClass?.kind !== 'ambiguous') {
    await releaseUnsentReservation(request, outcome, decisions, dependencies.ledger);
  }
  const now = clock.now();
  const outboxId = record.message.id;
  if (outcome.status === 'refused' || outcome.status === 'parked' || outcome.status === 'shadowed') {
    const reasonCode = outcome.status === 'refused' ? outcome.reasonCode : outcome.status;
    const reason = outcome.status === 'refused' ? outcome.message : `gateway ${outcome.status} the delivery`;
    const notBefore =
      planDeferral(reasonCode, decisions.get(request).retryAt, now) ??
      (outcome.status === 'refused' ? null : new Date(now.getTime() + 300_000));
    if (notBefore === null) {
      await delivery.settle(outboxId, 'refused', { reasonCode, reason, at: now });
      throw new NeverRetryJob(`${reasonCode}: ${reason}`);
    }
    await delivery.requeue(outboxId, { reasonCode, reason, at: now, notBefore });
    throw new RetryJobAfter(notBefore.getTime() - now.getTime(), `${reasonCode}: ${reason}`);
  }
  if (failureClass === null) {
    // Failed before the vendor call (render, markSending conflict, store error): nothing left.
    await delivery.requeue(outboxId, {
      reasonCode: outcome.reasonCode,
      reason: outcome.message,
      at: now,
      notBefore: null,
    });
    throw new TransientJobFailure(`${outcome.reasonCode}: ${outcome.message}`);
  }
  const note = { reasonCode: failureClass.code, reason: failureClass.message, at: now };
  switch (failureClass.kind) {
    case 'never':
      await delivery.settle(outboxId, 'failed', note);
      throw new NeverRetryJob(`${failureClass.code}: ${failureClass.message}`);
    case 'retry_after': {
      const delayMs = capRetryAfter(failureClass.retryAfterMs);
      await delivery.requeue(outboxId, { ...note, notBefore: new Date(now.getTime() + delayMs) });
      throw new RetryJobAfter(delayMs, `${failureClass.code}: ${failureClass.message}`);
    }
    case 'transient':
      await delivery.requeue(outboxId, { ...note, notBefore: null });
      throw new TransientJobFailure(`${failureClass.code}: ${failureClass.message}`);
    case 'ambiguous':
      // The row stays `sending`: the next attempt asks the vendor before anything is sent again.
      throw new TransientJobFailure(
        `${failureClass.code} (may have been sent; reconciling next): ${failureClass.message}`,
      );
  }
}

/** The gateway request for delivering an outbox row (`OPERATOR.deliver_email` / `deliver_linkedin`). */
export function deliveryRequest(
  record: DeliveryRecord,
  approval: { approvalId: string; approvedBy: string } | null,
): ActionRequest<OutboundSendPayload> {
  const { message, lead, draft } = record;
  return {
    agent: 'OPERATOR',
    action: message.channel === 'linkedin' ? 'deliver_linkedin' : 'deliver_email',
    target: message.recipient,
    payload: {
      lead,
      draft: {
        sequenceStep: message.sequenceStep,
        conversation: draft?.conversation ? { threadKey: message.threadKey } : null,
      },
      channel: message.channel,
      // A conversation in a thread continues from the mailbox its row was rendered for: ours in that thread,
      // else the configured sender the prospect wrote to. Without any thread the rotation picks.
      ...(draft?.conversation && message.references.length > 0 ? { replyFrom: message.mailbox } : {}),
    },
    evidence: draft?.evidence ?? [],
    idempotencyKey: message.idempotencyKey,
    actor: 'system:send-worker',
    summary: `deliver outbox ${message.id}, step ${message.sequenceStep}`,
    ...(approval ? { approval } : {}),
  };
}

function toObject(value: unknown): object {
  return typeof value === 'object' && value !== null ? value : { value };
}
