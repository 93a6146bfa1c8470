import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import type { SuppressionRepository } from '../../ports/pipeline-store.js';
import { describeOutboundSend, type OutboundSendPayload } from './outbound-send.js';
import type { SendPolicyRefusal } from './send-policy-refusal.js';

/**
 * SPEC §3.7 step 4, suppression per address (EM-4, SPEC §15): an address on the shared suppression
 * list — unsubscribed, hard-bounced, complained, objected — is never sent to on any channel
 * (`suppressed`). Looked up at send time, so an opt-out recorded a moment ago already blocks.
 * A request without an address is refused (`no_recipient`) rather than sent unchecked.
 */
export function validateSuppression(
  suppression: Pick<SuppressionRepository, 'suppressedAmong'>,
): PolicyValidator<OutboundSendPayload> {
  return async (request: ActionRequest<OutboundSendPayload>): Promise<SendPolicyRefusal | null> => {
    const { emailKey } = describeOutboundSend(request);
    if (emailKey === null) {
      return { reasonCode: 'no_recipient', message: 'The lead has no email address to check suppression for.' };
    }
    const suppressed = await suppression.suppressedAmong([emailKey]);
    if (suppressed.size > 0) {
      return { reasonCode: 'suppressed', message: 'The recipient is on the suppression list (EM-4).' };
    }
    return null;
  };
}
