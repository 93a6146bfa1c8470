import type { DeliveryRecord } from '../../ports/outbox-delivery-store.js';
import type { OutboxStatus } from '../../ports/pipeline-store.js';
import { TransientJobFailure } from '../../domain/job-signals.js';
import type { SendWorkerDependencies } from './send-worker-dependencies.js';
import { toOutboundMessage } from './to-outbound-message.js';

/** After reconciling: the row is final (`sent` or `uncertain`), or back to `queued` and may be sent. */
export type ReconcileOutcome = { kind: 'settled'; status: OutboxStatus } | { kind: 'retry'; record: DeliveryRecord };

/**
 * A row in `sending` means an earlier attempt started the vendor call and never recorded the
 * result (a timeout, a crash). Before any retry the vendor is asked (issue 4): delivered → `sent`;
 * not delivered → `queued` again; cannot say → `uncertain`, never retried (at-most-once wins) and
 * announced so a human can check the mailbox.
 *
 * @throws TransientJobFailure when the vendor cannot be asked right now (the row stays `sending`).
 */
export async function reconcileSending(
  record: DeliveryRecord,
  dependencies: SendWorkerDependencies,
): Promise<ReconcileOutcome> {
  const { delivery, clock, transports } = dependencies;
  const outboxId = record.message.id;
  let verdict;
  try {
    verdict = await transports.forMailbox(record.message.mailbox).reconcile(toOutboundMessage(record));
  } catch (error) {
    throw new TransientJobFailure(
      `reconciling outbox ${outboxId} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const now = clock.now();
  if (verdict.status === 'delivered') {
    await delivery.markSent(outboxId, { now, wireMessageId: verdict.wireMessageId ?? record.message.messageId });
    await dependencies.leadStatus.applyTransitions([
      { leadId: record.lead.id, to: 'sent', reason: 'email_sent', actor: 'OPERATOR' },
    ]);
    return { kind: 'settled', status: 'sent' };
  }
  if (verdict.status === 'unknown') {
    const reason = `The vendor cannot say whether outbox ${outboxId} left (${verdict.reason}); it is not sent again. Check the sending mailbox.`;
    await delivery.settle(outboxId, 'uncertain', { reasonCode: 'outcome_unknown', reason, at: now });
    await dependencies.alert({ severity: 'critical', text: reason });
    return { kind: 'settled', status: 'uncertain' };
  }
  await delivery.requeue(outboxId, {
    reasonCode: 'reconciled_not_delivered',
    reason: 'The vendor confirmed it did not send; retrying.',
    at: now,
    notBefore: null,
  });
  const reloaded = await delivery.load(outboxId);
  if (!reloaded) return { kind: 'settled', status: 'failed' };
  return { kind: 'retry', record: reloaded };
}
