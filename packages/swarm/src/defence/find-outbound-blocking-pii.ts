import { detectPii } from './detect-pii.js';
import { outboundBlockingPiiTypes, type PiiMatch } from './pii-type.js';

/**
 * The findings that stop an outbound draft or Slack message (specs/security.md PII-3): API_KEY,
 * PASSWORD, CREDIT_CARD, US_SSN and IBAN. A non-empty result means: do not send, route to human review.
 * Emails and phones are expected in outbound mail and do not block.
 */
export function findOutboundBlockingPii(text: string): PiiMatch[] {
  return detectPii(text).filter((match) => outboundBlockingPiiTypes.includes(match.type));
}
