import type { ActionEffect, ActionRequest } from '../../guardrails/action-request.js';
import type { StoreTransaction } from '../../ports/job-queue.js';
import { renderOutboxMessage, type SendDraftPayload } from './outbox-rendering.js';
import type { PipelineDependencies } from './pipeline-dependencies.js';
import { recordStageError, type StageMeter } from './stage-meter.js';
import type { WorkingLead } from './working-lead.js';

/** The job that performs a real send (the outbound transports consume it). */
export const sendEmailJob = 'send-email';

/** What a send effect produced: the outbox row's Message-ID and whether it was newly written. */
export interface OutboxWrite {
  messageId: string;
  written: boolean;
}

/**
 * The `send_email` effect. Shadow: render to the outbox with status `shadow` (nothing leaves).
 * Live: write the outbox row as `queued` and enqueue the send job in the same transaction
 * (ARCHITECTURE.md); the idempotency key per (lead, step, channel) makes a repeat a no-op.
 */
export function sendEmailEffect(dependencies: PipelineDependencies): ActionEffect<SendDraftPayload, OutboxWrite> {
  return {
    async shadow(requests) {
      const messages = await Promise.all(
        requests.map((request) => renderOutboxMessage(request.payload, 'shadow', request.idempotencyKey, dependencies)),
      );
      const written = await dependencies.store.outbox.insertMany(messages);
      return messages.map((message) => ({
        messageId: message.messageId,
        written: written.has(message.idempotencyKey),
      }));
    },
    async live(request) {
      const message = await renderOutboxMessage(request.payload, 'queued', request.idempotencyKey, dependencies);
      return dependencies.store.transaction(async (repositories, transaction: StoreTransaction) => {
        const written = await repositories.outbox.insertMany([message]);
        if (written.size > 0) {
          await dependencies.jobs.send(
            sendEmailJob,
            { outboxId: message.id, idempotencyKey: message.idempotencyKey },
            { transaction, singletonKey: message.idempotencyKey },
          );
        }
        return { messageId: message.messageId, written: written.size > 0 };
      });
    },
    describe: (result) => `${result.written ? 'outboxed' : 'already in outbox'} ${result.messageId}`,
  };
}

/** Counts the send stage reports besides its meter. */
export interface SendTally {
  outboxed: number;
  approved: number;
  parked: number;
  refusedByReason: Map<string, number>;
}

/**
 * OPERATOR over one chunk (SPEC §3.7): every queued draft goes through the action gateway. In shadow
 * mode it is rendered to the outbox; otherwise the approval policy decides (first touches wait for a
 * human in assisted mode).
 */
export async function sendChunk(
  queued: WorkingLead[],
  dependencies: PipelineDependencies,
  meter: StageMeter,
  tally: SendTally,
  runId: string,
): Promise<void> {
  const withEmail = queued.filter((item) => item.lead.email && item.draft);
  meter.input += withEmail.length;
  const requests: ActionRequest<SendDraftPayload>[] = withEmail.map((item) => {
    const draft = item.draft as SendDraftPayload['draft'];
    return {
      agent: 'OPERATOR',
      action: 'send_email',
      target: item.lead.email as string,
      payload: { draft, lead: item.lead },
      evidence: draft.evidence,
      idempotencyKey:
        dependencies.mode === 'shadow' ? `shadow:${draft.id}` : `send:${item.lead.id}:${draft.sequenceStep}:email`,
      actor: dependencies.actor,
      summary: `first touch, draft ${draft.id}, ${item.score?.tier ?? 'untiered'}`,
      approvalFacts: { intentScore: item.score?.intentScore ?? 0, warmConnection: false },
      runId,
    };
  });
  try {
    const outcomes = await dependencies.gateway.submitMany(requests, sendEmailEffect(dependencies));
    for (const outcome of outcomes) {
      if (outcome.status === 'shadowed' || outcome.status === 'executed') {
        meter.output += 1;
        if (outcome.result.written) tally.outboxed += 1;
        if (outcome.status === 'executed') tally.approved += 1;
      } else if (outcome.status === 'parked') {
        tally.parked += 1;
      } else {
        tally.refusedByReason.set(outcome.reasonCode, (tally.refusedByReason.get(outcome.reasonCode) ?? 0) + 1);
        if (outcome.status === 'failed') recordStageError(meter, 1, new Error(outcome.message));
      }
    }
  } catch (error) {
    recordStageError(meter, requests.length, error);
  }
}
