import type { Tier } from '../../domain/lead.js';
import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import { describeOutboundSend, type OutboundChannel, type OutboundSendPayload } from './outbound-send.js';
import type { SendPolicyRefusal } from './send-policy-refusal.js';

/** SPEC §3.7 channel routing by tier: tier_1 and tier_2 email + LinkedIn, tier_3 email only. */
export const channelsByTier: Readonly<Record<Tier, readonly OutboundChannel[]>> = {
  tier_1: ['email', 'linkedin'],
  tier_2: ['email', 'linkedin'],
  tier_3: ['email'],
};

/**
 * SPEC §3.7 step 7, channel routing: refuses (`channel_not_allowed`) a channel the lead's tier does
 * not use, and any send to an untiered (disqualified or unscored) lead.
 */
export function validateChannelRouting(): PolicyValidator<OutboundSendPayload> {
  return (request: ActionRequest<OutboundSendPayload>): SendPolicyRefusal | null => {
    const { tier, channel } = describeOutboundSend(request);
    if (tier === null) {
      return { reasonCode: 'channel_not_allowed', message: 'Untiered leads are not sent to on any channel.' };
    }
    if (!channelsByTier[tier].includes(channel)) {
      return { reasonCode: 'channel_not_allowed', message: `${tier} is not contacted by ${channel}.` };
    }
    return null;
  };
}
