import type { ActionEffect, ActionRequest } from '../../guardrails/action-request.js';
import type { QueuedJob } from '../../ports/job-queue.js';
import type { DeliveryRecord } from '../../ports/outbox-delivery-store.js';
import type { OutboundSendPayload } from '../policy/outbound-send.js';
import { createDeliverEffect, type DeliveryResult, type VendorFailureSlot } from './deliver-effect.js';
import {
  claimLeaseOf,
  deliveryRequest,
  handleOneSendJob,
  notBeforeDeferral,
  settleUnsent,
  type SendJobResult,
} from './handle-one-send-job.js';
import { sendJobPayloadSchema } from './send-job-payload.js';
import type { SendWorkerDependencies } from './send-worker-dependencies.js';

/** How each job of a batch ended: its result, or the job signal (or error) it would have thrown. */
export type SendJobSettlement = PromiseSettledResult<SendJobResult>;

/** Options of {@link handleSendJobs}. */
export interface SendJobsOptions {
  /**
   * Runs before a job's policy steps, before its quota reservation and before its vendor call
   * (simulations move their clock here, so the reservation instant is the job's delivery instant).
   */
  beforeEach?: (job: QueuedJob<unknown>) => void;
}

interface Claimed {
  position: number;
  job: QueuedJob<unknown>;
  record: DeliveryRecord;
}

async function settle(work: () => Promise<SendJobResult>): Promise<SendJobSettlement> {
  try {
    return { status: 'fulfilled', value: await work() };
  } catch (reason) {
    return { status: 'rejected', reason };
  }
}

/**
 * Handles a batch of send jobs (issue 4; the worker fetches several at once) with the guarantees of
 * one-by-one handling: loads the outbox rows in one read and claims them in one conditional UPDATE
 * (a row is claimed by exactly one worker), evaluates the SPEC §3.7 policy for the batch with one read
 * per kind (`BatchSendPolicy`), then submits every send through the action gateway, which takes each
 * send's quota reservation (EM-7) as its validator right before that send's vendor call — so caps
 * are decided on delivery instants — re-reads the kill switches immediately after it (RES-5) and
 * writes one audit event per send — with the `sending` mark written before each vendor call. Sent
 * rows and their leads' `sent` transitions are written together after the batch.
 *
 * Jobs that need more (approval jobs, invalid payloads, rows left in `sending`) go through
 * {@link handleOneSendJob}; a second job for a row or a recipient already in the batch waits for the
 * next round, so dedup and claims see the first one's outcome. Without `dependencies.batch` every
 * job goes one by one. Never throws for a job: each settlement carries its result or job signal.
 */
export async function handleSendJobs(
  jobs: readonly QueuedJob<unknown>[],
  dependencies: SendWorkerDependencies,
  options: SendJobsOptions = {},
): Promise<SendJobSettlement[]> {
  const settlements: SendJobSettlement[] = new Array(jobs.length);
  const batch = dependencies.batch;
  const outboxJobs: { position: number; job: QueuedJob<unknown>; outboxId: string }[] = [];
  for (const [position, job] of jobs.entries()) {
    const parsed = batch ? sendJobPayloadSchema.safeParse(job.payload) : null;
    if (parsed?.success && 'outboxId' in parsed.data)
      outboxJobs.push({ position, job, outboxId: parsed.data.outboxId });
    else settlements[position] = await settle(() => handleOneSendJob(job, dependencies));
  }
  if (!batch || outboxJobs.length === 0) return settlements;
  const records = await batch.delivery.loadMany([...new Set(outboxJobs.map((entry) => entry.outboxId))]);
  const now = dependencies.clock.now();
  const seenRows = new Set<string>();
  const seenRecipients = new Set<string>();
  const nextRound: typeof outboxJobs = [];
  const candidates: Claimed[] = [];
  for (const entry of outboxJobs) {
    const record = records.get(entry.outboxId);
    // One row per recipient per round: the dedup step of a later row must see the earlier one's send.
    const recipients = record
      ? [record.message.recipient, record.lead.emailKey ?? record.lead.email ?? ''].map((key) =>
          key.trim().toLowerCase(),
        )
      : [];
    if (seenRows.has(entry.outboxId) || recipients.some((key) => key !== '' && seenRecipients.has(key))) {
      nextRound.push(entry);
      continue;
    }
    seenRows.add(entry.outboxId);
    if (!record) {
      settlements[entry.position] = {
        status: 'fulfilled',
        value: {
          status: 'skipped',
          reasonCode: 'not_found',
          reason: `Outbox row ${entry.outboxId} is gone (erased?).`,
        },
      };
      continue;
    }
    for (const key of recipients) if (key !== '') seenRecipients.add(key);
    const status = record.message.status;
    const deferral = notBeforeDeferral(record, now);
    if (status === 'sending') {
      settlements[entry.position] = await settle(() => handleOneSendJob(entry.job, dependencies));
    } else if (status !== 'queued' && status !== 'claimed') {
      settlements[entry.position] = { status: 'fulfilled', value: { status: 'already_settled', outboxStatus: status } };
    } else if (deferral) {
      settlements[entry.position] = { status: 'rejected', reason: deferral };
    } else candidates.push({ position: entry.position, job: entry.job, record });
  }
  const staleBefore = new Date(now.getTime() - claimLeaseOf(dependencies));
  const held = await batch.delivery.claimMany(
    candidates.map((candidate) => candidate.record.message.id),
    { now, staleBefore },
  );
  const claimed = candidates.filter((candidate) => held.has(candidate.record.message.id));
  for (const candidate of candidates) {
    if (!held.has(candidate.record.message.id))
      settlements[candidate.position] = { status: 'fulfilled', value: { status: 'busy' } };
  }
  const delivered = await deliverClaimed(claimed, dependencies, options);
  for (const [index, settlement] of delivered.entries()) settlements[(claimed[index] as Claimed).position] = settlement;
  if (nextRound.length > 0) {
    const later = await handleSendJobs(
      nextRound.map((entry) => entry.job),
      dependencies,
      options,
    );
    for (const [index, settlement] of later.entries())
      settlements[(nextRound[index] as (typeof nextRound)[number]).position] = settlement;
  }
  return settlements;
}

/** Policy for the batch, one gateway pass, then the batch's writes and each unsent row's settlement. */
async function deliverClaimed(
  claimed: readonly Claimed[],
  dependencies: SendWorkerDependencies,
  options: SendJobsOptions,
): Promise<SendJobSettlement[]> {
  const batch = dependencies.batch;
  if (!batch || claimed.length === 0) return [];
  const requests = claimed.map(({ record }) => deliveryRequest(record, null));
  // The limits step waits for each send's turn (`reserveBeforeSend`, a gateway validator): reserving
  // the whole batch up front stamped later sends with the batch's start, and they left up to the
  // batch's summed vendor time later — mailbox spacing and rolling caps broke over delivery instants.
  const verdicts = await batch.policy.evaluate(requests, {
    beforeEach: (index) => options.beforeEach?.((claimed[index] as Claimed).job),
  });
  // The gateway hands back the request objects; one index finds each one's job, verdict and effect.
  const indexOf = new Map<object, number>(requests.map((request, index) => [request, index]));
  const failures = claimed.map((): VendorFailureSlot => ({}));
  const sent: { outboxId: string; wireMessageId: string | null }[] = [];
  // The gateway runs each request's validators then its effect before the next request, so the clock the
  // validator below moved to this send is still this send's when its vendor call runs.
  const effects = claimed.map(({ record }, index) =>
    createDeliverEffect(record, dependencies, failures[index] as VendorFailureSlot, {
      recordSent: (entry) => void sent.push(entry),
    }),
  );
  const positionOf = (request: ActionRequest<OutboundSendPayload>): number => {
    const index = indexOf.get(request);
    if (index === undefined) throw new Error('the gateway passed a request this batch did not submit');
    return index;
  };
  const outcomes = await dependencies.gateway.submitMany(requests, {
    // The policy's batch steps already ran; the gateway records each verdict as the send's decision.
    validators: [
      (request) => {
        // The reservation is taken at the current instant: it must be this send's, not the previous one's.
        const index = positionOf(request);
        options.beforeEach?.((claimed[index] as Claimed).job);
        return verdicts[index] ?? batch.policy.reserveBeforeSend(request);
      },
    ],
    live: (request) =>
      (effects[positionOf(request)] as ActionEffect<OutboundSendPayload, DeliveryResult>).live(request),
    shadow: async () => {
      throw new Error('deliver_email has no shadow path: the send policy refuses shadow mode first.');
    },
    describe: (result) => `sent ${result.outboxId} from ${result.mailbox} via ${result.platform}`,
  });
  await batch.delivery.markSentMany(sent, dependencies.clock.now());
  const sentLeads = claimed.filter((_, index) => outcomes[index]?.status === 'executed');
  if (sentLeads.length > 0) {
    await dependencies.leadStatus.applyTransitions(
      sentLeads.map(({ record }) => ({ leadId: record.lead.id, to: 'sent', reason: 'email_sent', actor: 'OPERATOR' })),
    );
  }
  return Promise.all(
    claimed.map(async ({ record }, index) => {
      const request = requests[index] as ActionRequest<OutboundSendPayload>;
      const outcome = outcomes[index];
      if (!outcome) return { status: 'rejected', reason: new Error('the gateway gave no outcome') } as const;
      if (outcome.status === 'executed')
        return { status: 'fulfilled', value: { status: 'sent', result: outcome.result } } as const;
      return settle(() => settleUnsent(record, request, outcome, failures[index] as VendorFailureSlot, dependencies));
    }),
  );
}
