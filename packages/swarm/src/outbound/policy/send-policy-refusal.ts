import type { SendPolicyReasonCode } from './send-policy-reason-codes.js';

/**
 * A send-policy refusal: what a `PolicyValidator` returns (the gateway audits `reasonCode` and
 * `message`). `retryAt` is set when waiting fixes it — the next opening of the recipient's send
 * window (UTC) — so the caller can delay the job instead of dropping it.
 */
export interface SendPolicyRefusal {
  reasonCode: SendPolicyReasonCode;
  message: string;
  retryAt?: Date;
}
