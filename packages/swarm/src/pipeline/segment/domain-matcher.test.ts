import { describe, expect, it } from 'vitest';
import { createDomainMatcher, isDomainOrSubdomain, normaliseDomain } from './domain-matcher.js';

describe('domain matcher (SPEC 3.3 exclusions)', () => {
  const matcher = createDomainMatcher(['example.com', 'https://www.Customer.example.org/path', '*.partner.test']);

  it('SPEC 3.3: matches the apex of a listed domain', () => {
    expect(matcher.match('example.com')).toBe('example.com');
  });

  it('SPEC 3.3: matches every subdomain of a listed domain', () => {
    expect(matcher.match('mail.example.com')).toBe('example.com');
    expect(matcher.match('a.b.c.example.com')).toBe('example.com');
    expect(matcher.match('eu.customer.example.org')).toBe('customer.example.org');
  });

  it('SPEC 3.3: a look-alike domain does not match (notexample.com ≠ example.com)', () => {
    expect(matcher.match('notexample.com')).toBeNull();
    expect(matcher.match('example.com.evil.test')).toBeNull();
    expect(matcher.match('example.co')).toBeNull();
    expect(matcher.match('example.org')).toBeNull();
  });

  it('matches hosts given as emails, URLs, upper case or with a trailing dot', () => {
    expect(matcher.match('Jane.Doe@Sales.Example.COM')).toBe('example.com');
    expect(matcher.match('https://app.example.com:8443/login')).toBe('example.com');
    expect(matcher.match('example.com.')).toBe('example.com');
    expect(matcher.match('x.partner.test')).toBe('partner.test');
  });

  it('returns null for empty or unusable input', () => {
    expect(matcher.match(null)).toBeNull();
    expect(matcher.match('')).toBeNull();
    expect(matcher.match('not a domain')).toBeNull();
    expect(createDomainMatcher([]).match('example.com')).toBeNull();
  });

  it('isDomainOrSubdomain is label-aligned', () => {
    expect(isDomainOrSubdomain('shop.example.net', 'example.net')).toBe(true);
    expect(isDomainOrSubdomain('example.net', 'example.net')).toBe(true);
    expect(isDomainOrSubdomain('myexample.net', 'example.net')).toBe(false);
    expect(isDomainOrSubdomain('example.net', 'shop.example.net')).toBe(false);
  });

  it('normaliseDomain strips scheme, www, port, path and credentials', () => {
    expect(normaliseDomain('HTTP://user@www.Example.com:80/a?b#c')).toBe('example.com');
    expect(normaliseDomain('  ')).toBeNull();
  });
});
