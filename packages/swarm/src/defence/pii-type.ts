/**
 * The PII types the detector knows (SPEC §12, specs/security.md PII-1). Placeholders in redacted
 * text are `<{TYPE}_{n}>`, e.g. `<EMAIL_1>`.
 */
export type PiiType = 'EMAIL' | 'PHONE' | 'US_SSN' | 'CREDIT_CARD' | 'IBAN' | 'API_KEY' | 'PASSWORD' | 'IP_ADDRESS';

/**
 * One detected value. `start`/`end` are UTF-16 code-unit offsets into the input (`end` exclusive),
 * so `text.slice(start, end) === value`. For PASSWORD the span is the secret value only, not its key.
 */
export interface PiiMatch {
  type: PiiType;
  value: string;
  start: number;
  end: number;
}

/** Types that stop an outbound draft or Slack message and route it to human review (specs/security.md PII-3). */
export const outboundBlockingPiiTypes: readonly PiiType[] = ['API_KEY', 'PASSWORD', 'CREDIT_CARD', 'US_SSN', 'IBAN'];
