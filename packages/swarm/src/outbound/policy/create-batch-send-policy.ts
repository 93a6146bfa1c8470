import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import type { BatchContactHistory } from '../../ports/batch-contact-history.js';
import type { BatchSendLedger } from '../../ports/batch-send-ledger.js';
import type { SendReservationRequest } from '../../ports/send-ledger.js';
import { createSendPolicyStages, type SendPolicyDependencies, type SendPolicyStages } from './create-send-policy.js';
import { describeOutboundSend, type OutboundSendPayload } from './outbound-send.js';
import { isRampSupervised } from './supervised-ramp.js';
import { validateSendLimits } from './validate-send-limits.js';

/** A validator's refusal, as the gateway records it. */
export type PolicyRefusal = { reasonCode: string; message: string };

/** What the batch policy reads besides the one-by-one policy's ports. */
export interface BatchSendPolicyDependencies extends SendPolicyDependencies {
  batchLedger: BatchSendLedger;
  batchHistory: BatchContactHistory;
}

/** The SPEC §3.7 send policy over a batch of requests (the send worker's batch path). */
export interface BatchSendPolicy {
  /**
   * The verdict per request, in order: null = every step passed and the quota is reserved (noted
   * in `SendDecisions`), else the first refusal. `beforeEach(index)` runs before each request's steps
   * (simulations move their clock there).
   */
  evaluate(
    requests: readonly ActionRequest<OutboundSendPayload>[],
    options?: { beforeEach?: (index: number) => void; deferLimits?: boolean },
  ): Promise<(PolicyRefusal | null)[]>;
  /**
   * With `evaluate(…, { deferLimits: true })` the verdicts cover only the steps before the limits
   * step; this runs the limits step (one `SendLedger.reserve` at the CURRENT instant) and the steps
   * after it for one such request. The send worker calls it as the gateway validator right before
   * that request's vendor call, so the reservation instant is the delivery instant: caps are
   * decided on when the mail leaves, not on when the batch started (a batch's vendor calls run one
   * after another, so its later sends leave seconds after the batch's evaluation).
   *
   * @throws Error when `request` did not pass a deferred `evaluate` of this policy.
   */
  reserveBeforeSend(request: ActionRequest<OutboundSendPayload>): Promise<PolicyRefusal | null>;
}

/**
 * The batch form of {@link createSendPolicy}: the same validators in the same order, with their
 * reads taken ONCE per batch — kill switches, suppression of every recipient (EM-4: read at send
 * time, milliseconds before the vendor calls), contact history, the ramp's start — and the limits
 * step as one atomic reservation of every request that passed the earlier steps (EM-7,
 * `BatchSendLedger.reserveMany`: earlier sends of the batch count against later ones). A refusal
 * before the limits step reserves nothing. Callers keep each batch to distinct recipients, so no
 * request's dedup depends on another request of the same batch.
 */
export function createBatchSendPolicy(dependencies: BatchSendPolicyDependencies): BatchSendPolicy {
  const { clock, decisions, ledger, ramp, limits } = dependencies;
  const stagesFor = createSendPolicyStages(dependencies);

  async function snapshotStages(
    requests: readonly ActionRequest<OutboundSendPayload>[],
  ): Promise<{ stages: SendPolicyStages; firstReservationAt: Date | null }> {
    const emailKeys = [...new Set(requests.flatMap((request) => describeOutboundSend(request).emailKey ?? []))];
    const switches = await dependencies.controlFlags.read();
    const suppressed = emailKeys.length > 0 ? await dependencies.suppression.suppressedAmong(emailKeys) : new Set();
    const contacts = await dependencies.batchHistory.contactsOfMany(emailKeys);
    const firstReservationAt = await ledger.firstReservationAt();
    const stages = stagesFor({
      controlFlags: { read: async () => switches },
      suppression: { suppressedAmong: async (keys) => new Set(keys.filter((key) => suppressed.has(key))) },
      contactHistory: { contactsOf: async (key) => contacts.get(key) ?? [] },
      rampLedger: {
        firstReservationAt: async () => firstReservationAt,
        countSince: (since) => ledger.countSince(since),
      },
    });
    return { stages, firstReservationAt };
  }

  /** The limits step and the steps after it, per request of a deferred `evaluate`. */
  const deferred = new WeakMap<object, readonly PolicyValidator<OutboundSendPayload>[]>();

  return {
    async reserveBeforeSend(request) {
      const steps = deferred.get(request);
      if (!steps) throw new Error('reserveBeforeSend needs a request that passed a deferred evaluate');
      deferred.delete(request);
      for (const step of steps) {
        const refusal = await step(request);
        if (refusal) return refusal;
      }
      return null;
    },
    async evaluate(requests, options = {}) {
      const verdicts: (PolicyRefusal | null)[] = requests.map(() => null);
      if (requests.length === 0) return verdicts;
      const { stages, firstReservationAt } = await snapshotStages(requests);
      if (options.deferLimits) {
        const limitsStep = validateSendLimits({
          limits,
          ramp,
          ledger: { ...ledger, firstReservationAt: async () => firstReservationAt },
          clock,
          decisions,
        });
        const after = [limitsStep, ...stages.afterLimits];
        for (const [index, request] of requests.entries()) {
          options.beforeEach?.(index);
          for (const validator of stages.beforeLimits) {
            const refusal = await validator(request);
            if (refusal) {
              verdicts[index] = refusal;
              break;
            }
          }
          if (!verdicts[index]) deferred.set(request, after);
        }
        return verdicts;
      }
      const toReserve: { index: number; reservation: SendReservationRequest }[] = [];
      for (const [index, request] of requests.entries()) {
        options.beforeEach?.(index);
        for (const validator of stages.beforeLimits) {
          const refusal = await validator(request);
          if (refusal) {
            verdicts[index] = refusal;
            break;
          }
        }
        if (verdicts[index]) continue;
        // The limits step of `validateSendLimits`, collected for one reservation of the batch.
        const mailboxes = decisions.get(request).mailboxes ?? [];
        const { recipientDomain } = describeOutboundSend(request);
        if (mailboxes.length === 0)
          verdicts[index] = { reasonCode: 'no_mailbox', message: 'No mailbox was picked for this send.' };
        else if (recipientDomain === null)
          verdicts[index] = { reasonCode: 'no_recipient', message: 'The lead has no email address.' };
        else {
          const at = clock.now();
          const supervised = isRampSupervised(firstReservationAt, at, ramp.supervisedDays);
          toReserve.push({
            index,
            reservation: {
              idempotencyKey: request.idempotencyKey,
              mailboxes,
              recipientDomain,
              at,
              caps: { ...limits, rampDaily: supervised ? ramp.limitPerDay : null },
            },
          });
        }
      }
      const outcomes = await dependencies.batchLedger.reserveMany(toReserve.map((entry) => entry.reservation));
      for (const [position, { index }] of toReserve.entries()) {
        const outcome = outcomes[position];
        const request = requests[index] as ActionRequest<OutboundSendPayload>;
        if (!outcome || outcome.status === 'refused') {
          verdicts[index] = outcome
            ? { reasonCode: outcome.reasonCode, message: outcome.message }
            : { reasonCode: 'internal', message: 'The ledger gave no outcome for this send.' };
          continue;
        }
        decisions.update(request, { reservation: { reservationId: outcome.reservationId, mailbox: outcome.mailbox } });
        options.beforeEach?.(index);
        for (const validator of stages.afterLimits) {
          const refusal = await validator(request);
          if (refusal) {
            verdicts[index] = refusal;
            break;
          }
        }
      }
      return verdicts;
    },
  };
}
