import { describe, expect, it } from 'vitest';
import { deriveCompanyDomain, hostFromWebAddress } from './company-domain.js';

describe('hostFromWebAddress', () => {
  it.each([
    ['https://www.Example.com/about?x=1', 'example.com'],
    ['http://example.org:8080/path', 'example.org'],
    ['example.net', 'example.net'],
    ['www.netclick.example', 'netclick.example'],
    ['htp://www.socrative.example.com', 'socrative.example.com'],
    ['https//acme.example', 'acme.example'],
    ['//cdn.example.com/x', 'cdn.example.com'],
    ['https://first.example.io, https://second.example.com', 'first.example.io'],
    ['http://, https://second.example.com', 'second.example.com'],
    ['shop.example.com.', 'shop.example.com'],
    ['https://bücher.example/', 'xn--bcher-kva.example'],
  ])('SPEC 3.1: derives the host from %s', (value, host) => {
    expect(hostFromWebAddress(value)).toBe(host);
  });

  it.each(['http://', 'http://url', '', 'n/a', 'http://192.0.2.1/', 'not a site'])(
    'returns null for junk %j',
    (value) => {
      expect(hostFromWebAddress(value)).toBeNull();
    },
  );
});

describe('deriveCompanyDomain', () => {
  it('SPEC 3.1: prefers the domain column, then the website, then the email domain', () => {
    const email = 'jane@mail.acme.test';
    expect(deriveCompanyDomain({ domain: 'acme.example', website: 'https://www.other.example', email })).toBe(
      'acme.example',
    );
    expect(deriveCompanyDomain({ domain: null, website: 'https://www.other.example/', email })).toBe('other.example');
    expect(deriveCompanyDomain({ domain: 'http://', website: 'http://url', email })).toBe('mail.acme.test');
    expect(deriveCompanyDomain({ domain: null, website: null, email: null })).toBeNull();
  });

  it('SPEC 3.1: never derives a company domain from a consumer mailbox provider', () => {
    expect(deriveCompanyDomain({ domain: null, website: null, email: 'jane@gmail.com' })).toBeNull();
  });
});
