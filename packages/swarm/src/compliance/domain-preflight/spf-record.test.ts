import { describe, expect, it } from 'vitest';
import { parseSpfRecord } from './spf-record.js';

describe('parseSpfRecord (RFC 7208 §4.6)', () => {
  it('parses qualifiers, targets, CIDR suffixes and modifiers', () => {
    const parsed = parseSpfRecord(
      'v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a:mail.example.com/28 mx//64 ~include:_spf.example.net redirect=_spf.example.org',
    );
    expect(
      'terms' in parsed &&
        parsed.terms.map((term) =>
          term.kind === 'mechanism'
            ? `${term.qualifier}${term.name}:${term.target ?? ''}`
            : `${term.name}=${term.value}`,
        ),
    ).toEqual([
      '+ip4:192.0.2.0',
      '+ip6:2001:db8::',
      '+a:mail.example.com',
      '+mx:',
      '~include:_spf.example.net',
      'redirect=_spf.example.org',
    ]);
  });

  it('RFC 7208 §4.6.1: unknown mechanisms, missing targets and repeated redirect are errors', () => {
    expect(parseSpfRecord('v=spf1 ipv4:192.0.2.1 -all')).toEqual({
      error: '"ipv4:192.0.2.1" is not an SPF mechanism or modifier',
    });
    expect(parseSpfRecord('v=spf1 include -all')).toEqual({ error: '"include" needs a ":" value' });
    expect(parseSpfRecord('v=spf1 redirect=a.example.com redirect=b.example.com')).toMatchObject({
      error: expect.stringContaining('more than once'),
    });
    expect(parseSpfRecord('v=spf10 -all')).toMatchObject({ error: expect.stringContaining('v=spf1') });
  });
});
