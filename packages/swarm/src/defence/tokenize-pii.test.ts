import { describe, expect, it } from 'vitest';
import { findOutboundBlockingPii } from './find-outbound-blocking-pii.js';
import { redactPii } from './redact-pii.js';
import { rehydratePii, tokenizePii } from './tokenize-pii.js';

describe('redactPii and tokenizePii', () => {
  it('PII-2: type-tagged placeholders numbered per type in order of appearance; same value, same placeholder', () => {
    const text =
      'jane@example.com called 555-010-4477, then bob@example.org, then JANE@example.com again from 555-010-4477.';
    expect(redactPii(text)).toBe('<EMAIL_1> called <PHONE_1>, then <EMAIL_2>, then <EMAIL_1> again from <PHONE_1>.');
  });

  it('PII-2: no raw value survives redaction', () => {
    const values = [
      'jane@example.com',
      '4111 1111 1111 1111',
      '123-45-6789',
      'GB82 WEST 1234 5698 7654 32',
      '203.0.113.9',
    ];
    const redacted = redactPii(`Data: ${values.join(' | ')} password: Tr0ub4dor&3`);
    expect(redacted).not.toContain('Tr0ub4dor&3');
    for (const value of values) expect(redacted).not.toContain(value);
  });

  it('PII-2: tokenized text re-hydrates to the original internally', () => {
    const text = 'Reply to jane@example.com or +44 20 7946 0958.';
    const tokenized = tokenizePii(text);
    expect(tokenized.text).toBe('Reply to <EMAIL_1> or <PHONE_1>.');
    expect(rehydratePii(tokenized.text, tokenized.valuesByPlaceholder)).toBe(text);
  });

  it('PII-3: drafts carrying API keys, passwords, cards, SSNs or IBANs are held; emails and phones are not', () => {
    expect(findOutboundBlockingPii('Hi Jane, call me at 555-010-4477 or jane@example.com')).toEqual([]);
    const blocking = findOutboundBlockingPii('Here is the key sk_live_FAKE51Hxyz0123456789abcdef and SSN 123-45-6789');
    expect(blocking.map((match) => match.type)).toEqual(['API_KEY', 'US_SSN']);
  });
});
