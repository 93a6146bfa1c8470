import type { ActionRequest } from '../../guardrails/action-request.js';
import type { RecipientLocale } from '../../ports/recipient-locale.js';

/** What the policy decided for one request, for later validators and for the effect itself. */
export interface SendDecision {
  /** The recipient's zone and region with its source (SPEC §3.7: store it with the lead). */
  locale?: RecipientLocale;
  /** The send window's next opening (UTC) when the request was refused for timing. */
  retryAt?: Date;
  /** Mailboxes in round-robin order, from the mailbox pick. */
  mailboxes?: readonly string[];
  /** The quota reservation: the effect sends from `mailbox`, and releases it if it does not send. */
  reservation?: { reservationId: string; mailbox: string };
}

/**
 * Per-request notes shared by the validators and the effect. Keyed by the request object (the
 * gateway passes the same object to every validator and then to `effect.live`), held weakly so
 * nothing leaks when a request is dropped.
 */
export interface SendDecisions {
  get(request: ActionRequest<unknown>): SendDecision;
  update(request: ActionRequest<unknown>, patch: SendDecision): void;
}

/** Creates an empty {@link SendDecisions}. */
export function createSendDecisions(): SendDecisions {
  const byRequest = new WeakMap<object, SendDecision>();
  return {
    get: (request) => byRequest.get(request) ?? {},
    update(request, patch) {
      byRequest.set(request, { ...(byRequest.get(request) ?? {}), ...patch });
    },
  };
}
