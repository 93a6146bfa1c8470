import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import type { ContactHistory } from '../../ports/contact-history.js';
import { describeOutboundSend, type OutboundSendPayload } from './outbound-send.js';
import type { SendPolicyRefusal } from './send-policy-refusal.js';

/**
 * SPEC §3.7 step 6, dedup on the canonical email key: a first touch is refused
 * (`already_contacted`) when the person was already touched on any channel or platform — an
 * Instantly lead is not cold-emailed again over SMTP, nor first-contacted on LinkedIn. Follow-ups
 * pass (the cadence owns them), and so does a retry of the very same send (same idempotency key).
 */
export function validateDedup(history: ContactHistory): PolicyValidator<OutboundSendPayload> {
  return async (request: ActionRequest<OutboundSendPayload>): Promise<SendPolicyRefusal | null> => {
    const facts = describeOutboundSend(request);
    if (!facts.isFirstTouch || facts.emailKey === null) return null;
    const earlier = (await history.contactsOf(facts.emailKey)).find(
      (contact) => contact.idempotencyKey !== request.idempotencyKey,
    );
    if (!earlier) return null;
    return {
      reasonCode: 'already_contacted',
      message: `Already contacted by ${earlier.channel} via ${earlier.platform} on ${earlier.at.toISOString()}; not a first touch.`,
    };
  };
}
