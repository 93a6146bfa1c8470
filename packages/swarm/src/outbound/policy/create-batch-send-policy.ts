import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import type { BatchContactHistory } from '../../ports/batch-contact-history.js';
import { createSendPolicyStages, type SendPolicyDependencies, type SendPolicyStages } from './create-send-policy.js';
import { describeOutboundSend, type OutboundSendPayload } from './outbound-send.js';
import { validateSendLimits } from './validate-send-limits.js';

/** A validator's refusal, as the gateway records it. */
export type PolicyRefusal = { reasonCode: string; message: string };

/** What the batch policy reads besides the one-by-one policy's ports. */
export interface BatchSendPolicyDependencies extends SendPolicyDependencies {
  batchHistory: BatchContactHistory;
}

/** The SPEC §3.7 send policy over a batch of requests (the send worker's batch path). */
export interface BatchSendPolicy {
  /**
   * The verdict per request, in order, over the steps BEFORE the limits step: null = they all
   * passed (finish with {@link BatchSendPolicy.reserveBeforeSend}), else the first refusal.
   * `beforeEach(index)` runs before each request's steps (simulations move their clock there).
   */
  evaluate(
    requests: readonly ActionRequest<OutboundSendPayload>[],
    options?: { beforeEach?: (index: number) => void },
  ): Promise<(PolicyRefusal | null)[]>;
  /**
   * Runs the limits step (one `SendLedger.reserve` at the CURRENT instant) and the steps
   * after it for one request that `evaluate` passed. The send worker calls it as the gateway validator right before
   * that request's vendor call, so the reservation instant is the delivery instant: caps are
   * decided on when the mail leaves, not on when the batch started (a batch's vendor calls run one
   * after another, so its later sends leave seconds after the batch's evaluation).
   *
   * @throws Error when `request` did not pass an `evaluate` of this policy.
   */
  reserveBeforeSend(request: ActionRequest<OutboundSendPayload>): Promise<PolicyRefusal | null>;
}

/**
 * The batch form of {@link createSendPolicy}: the same validators in the same order, with their
 * reads taken ONCE per batch — kill switches, suppression of every recipient and automation pauses (EM-4: read at send
 * time, milliseconds before the vendor calls), contact history, the ramp's start. The limits step
 * (EM-7, one `SendLedger.reserve` per send) and the steps after it run per request in
 * `reserveBeforeSend`, right before that send's vendor call, so earlier sends of the batch count
 * against later ones on their delivery instants. A refusal before the limits step reserves nothing. Callers keep each batch to distinct recipients, so no
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
    const leadIds = requests.map((request) => request.payload.lead.id);
    const pauses = await dependencies.pauses.activePausesAmong(leadIds, clock.now());
    const firstReservationAt = await ledger.firstReservationAt();
    const stages = stagesFor({
      controlFlags: { read: async () => switches },
      suppression: { suppressedAmong: async (keys) => new Set(keys.filter((key) => suppressed.has(key))) },
      contactHistory: { contactsOf: async (key) => contacts.get(key) ?? [] },
      // A lookup per asked id (the validator asks for one lead): no scan of the batch's pauses per send.
      pauses: {
        activePausesAmong: async (ids) =>
          new Map(
            ids.flatMap((id) => {
              const found = pauses.get(id);
              return found ? [[id, found] as const] : [];
            }),
          ),
      },
      rampLedger: {
        firstReservationAt: async () => firstReservationAt,
        countSince: (since) => ledger.countSince(since),
      },
    });
    return { stages, firstReservationAt };
  }

  /** The limits step and the steps after it, per request that passed `evaluate`. */
  const deferred = new WeakMap<object, readonly PolicyValidator<OutboundSendPayload>[]>();

  return {
    async reserveBeforeSend(request) {
      const steps = deferred.get(request);
      if (!steps) throw new Error('reserveBeforeSend needs a request that passed evaluate');
      deferred.delete(request);
      return firstRefusal(steps, request);
    },
    async evaluate(requests, options = {}) {
      const verdicts: (PolicyRefusal | null)[] = requests.map(() => null);
      if (requests.length === 0) return verdicts;
      const { stages, firstReservationAt } = await snapshotStages(requests);
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
        verdicts[index] = await firstRefusal(stages.beforeLimits, request);
        if (!verdicts[index]) deferred.set(request, after);
      }
      return verdicts;
    },
  };
}

/** Runs `steps` in order and returns the first refusal (the gateway's rule), or null when all pass. */
async function firstRefusal(
  steps: readonly PolicyValidator<OutboundSendPayload>[],
  request: ActionRequest<OutboundSendPayload>,
): Promise<PolicyRefusal | null> {
  for (const step of steps) {
    const refusal = await step(request);
    if (refusal) return refusal;
  }
  return null;
}
