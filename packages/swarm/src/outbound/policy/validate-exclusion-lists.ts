import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import { createDomainMatcher } from '../../pipeline/segment/domain-matcher.js';
import { describeOutboundSend, type OutboundSendPayload } from './outbound-send.js';
import type { SendPolicyRefusal } from './send-policy-refusal.js';

/** Exclusion lists (SPEC §3.7): customer and competitor domains, and individual addresses. */
export interface ExclusionLists {
  customerDomains: readonly string[];
  competitorDomains: readonly string[];
  emails: readonly string[];
}

/**
 * SPEC §3.7 step 5, exclusion lists: a listed domain matches its apex and every subdomain
 * (`excluded_domain`; `example.com` excludes `eu.example.com`, never `notexample.com`); a listed
 * address matches case-insensitively (`excluded_email`). Lists are compiled once.
 */
export function validateExclusionLists(lists: ExclusionLists): PolicyValidator<OutboundSendPayload> {
  const customers = createDomainMatcher(lists.customerDomains);
  const competitors = createDomainMatcher(lists.competitorDomains);
  const emails = new Set(lists.emails.map((email) => email.trim().toLowerCase()));
  return (request: ActionRequest<OutboundSendPayload>): SendPolicyRefusal | null => {
    const { emailKey, recipientDomain } = describeOutboundSend(request);
    if (emailKey !== null && emails.has(emailKey)) {
      return { reasonCode: 'excluded_email', message: 'The recipient address is on the exclusion list.' };
    }
    const customer = customers.match(recipientDomain);
    if (customer) return { reasonCode: 'excluded_domain', message: `Customer domain ${customer} is excluded.` };
    const competitor = competitors.match(recipientDomain);
    if (competitor) return { reasonCode: 'excluded_domain', message: `Competitor domain ${competitor} is excluded.` };
    return null;
  };
}
