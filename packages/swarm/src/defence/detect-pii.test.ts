import { describe, expect, it } from 'vitest';
import { detectPii } from './detect-pii.js';
import { isValidIban } from './iban-checksum.js';
import { passesLuhn } from './luhn.js';

function found(text: string): [string, string][] {
  return detectPii(text).map((match) => [match.type, match.value]);
}

describe('detectPii', () => {
  it('PII-1: EMAIL matches reserved domains but not URL userinfo, npm scopes or package@version', () => {
    expect(found('jane@example.com, bob@corp.test, ops@shop.example, mailto:ann@example.org')).toEqual([
      ['EMAIL', 'jane@example.com'],
      ['EMAIL', 'bob@corp.test'],
      ['EMAIL', 'ops@shop.example'],
      ['EMAIL', 'ann@example.org'],
    ]);
    expect(found('npm i @scope/pkg and pkg@1.2.3').filter(([type]) => type === 'EMAIL')).toEqual([]);
    expect(found('https://user:pass@host.example.com/x').filter(([type]) => type === 'EMAIL')).toEqual([]);
    expect(found('user:secret@host.example.com').filter(([type]) => type === 'EMAIL')).toEqual([]);
  });

  it('PII-1: PHONE matches NANP, UK and E.164 shapes with extensions, fictional 555 numbers included', () => {
    expect(found('Call (555) 010-4477 ext. 204 or 202-555-0147 x9')).toEqual([
      ['PHONE', '(555) 010-4477 ext. 204'],
      ['PHONE', '202-555-0147 x9'],
    ]);
    expect(found('UK 020 7946 0958, +44 7700 900123; DE +49 30 901820')).toEqual([
      ['PHONE', '020 7946 0958'],
      ['PHONE', '+44 7700 900123'],
      ['PHONE', '+49 30 901820'],
    ]);
  });

  it('PII-1: PHONE does not match order numbers, dates, versions or IPs', () => {
    expect(found('Order #555-123-4567, order 5551234567, invoice 2024-0001')).toEqual([]);
    expect(found('Meet on 2024-05-17 10:30 or 17/05/2024; version 2.14.3')).toEqual([]);
  });

  it('PII-1: US_SSN enforces ranges (no 000/666/9xx area, no 00 group, no 0000 serial)', () => {
    expect(found('SSN 123-45-6789')).toEqual([['US_SSN', '123-45-6789']]);
    for (const invalid of ['000-12-3456', '666-12-3456', '912-34-5678', '123-00-4567', '123-45-0000']) {
      expect(found(`SSN ${invalid}`), invalid).toEqual([]);
    }
    expect(found('ref 123456789')).toEqual([]);
    expect(found('ssn: 123456789')).toEqual([['US_SSN', '123456789']]);
  });

  it('PII-1: CREDIT_CARD requires a valid Luhn check — 0 Luhn-invalid matches', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(found('Visa 4111 1111 1111 1111 exp 2027, Amex 3782 822463 10005')).toEqual([
      ['CREDIT_CARD', '4111 1111 1111 1111'],
      ['CREDIT_CARD', '3782 822463 10005'],
    ]);
    for (let last = 0; last <= 9; last += 1) {
      const candidate = `411111111111111${last}`;
      expect(found(`card ${candidate}`).length, candidate).toBe(passesLuhn(candidate) ? 1 : 0);
    }
  });

  it('PII-1: IBAN requires mod-97 and the country length', () => {
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(isValidIban('GB82WEST1234569876543')).toBe(false);
    expect(found('Pay GB82 WEST 1234 5698 7654 32 or DE89370400440532013000')).toEqual([
      ['IBAN', 'GB82 WEST 1234 5698 7654 32'],
      ['IBAN', 'DE89370400440532013000'],
    ]);
    expect(found('Pay GB82 WEST 1234 5698 7654 33')).toEqual([]);
  });

  it('PII-1: API_KEY by provider prefix, and by entropy only next to a key keyword', () => {
    expect(found('sk_live_FAKE51Hxyz0123456789abcdef and AKIAFAKE0123456789AB')).toEqual([
      ['API_KEY', 'sk_live_FAKE51Hxyz0123456789abcdef'],
      ['API_KEY', 'AKIAFAKE0123456789AB'],
    ]);
    expect(found('api_key: Zx9q8W7e6R5t4Y3u2I1oPq')).toEqual([['API_KEY', 'Zx9q8W7e6R5t4Y3u2I1oPq']]);
    expect(found('request id Zx9q8W7e6R5t4Y3u2I1oPq')).toEqual([]);
    expect(found('api key: documentation_page_here')).toEqual([]);
  });

  it('PII-1: PASSWORD in key-value, JSON and URI userinfo; prose about passwords is not one', () => {
    expect(found('password: Tr0ub4dor&3')).toEqual([['PASSWORD', 'Tr0ub4dor&3']]);
    expect(found('{"password": "s3cr3t!Pass"}')).toEqual([['PASSWORD', 's3cr3t!Pass']]);
    expect(found('postgres://app:Sup3rS3cret@db.example.com/app')).toEqual([['PASSWORD', 'Sup3rS3cret']]);
    expect(found('Use the password reset link; the password is required; Password: ********')).toEqual([]);
  });

  it('PII-1: IP_ADDRESS v4 and v6, never version strings', () => {
    expect(found('from 203.0.113.42 and 2001:db8::1 and ::1')).toEqual([
      ['IP_ADDRESS', '203.0.113.42'],
      ['IP_ADDRESS', '2001:db8::1'],
      ['IP_ADDRESS', '::1'],
    ]);
    expect(found('v2.14.3, version 1.2.3.4, 1.2.3.4.5, 999.1.1.1 at 12:30:45')).toEqual([]);
  });

  it('PII-1: offsets index the input, findings are sorted and never overlap', () => {
    const text =
      'Jane <jane@example.com> +1 (555) 010-4477, card 4111-1111-1111-1111, IBAN DE89 3704 0044 0532 0130 00';
    const matches = detectPii(text);
    expect(matches.map((match) => match.type)).toEqual(['EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN']);
    for (const [index, match] of matches.entries()) {
      expect(text.slice(match.start, match.end)).toBe(match.value);
      expect(match.start).toBeGreaterThanOrEqual(matches[index - 1]?.end ?? 0);
    }
  });
});
