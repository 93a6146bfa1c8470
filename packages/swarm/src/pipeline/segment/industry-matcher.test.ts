import { describe, expect, it } from 'vitest';
import { createIndustryMatcher } from './industry-matcher.js';

describe('industry matcher (SPEC 3.3 industry)', () => {
  const matcher = createIndustryMatcher(['agency', 'staffing', 'consulting', 'e-commerce', 'health care']);

  it('matches whole words regardless of case, plurals and punctuation', () => {
    expect(matcher.match(['Marketing Agencies'])?.phrase).toBe('agency');
    expect(matcher.match(['Staffing & Recruiting'])?.phrase).toBe('staffing');
    expect(matcher.match(['ECOMMERCE'])?.phrase).toBe('e-commerce');
    expect(matcher.match(['E-Commerce'])?.phrase).toBe('e-commerce');
    expect(matcher.match(['Healthcare'])?.phrase).toBe('health care');
  });

  it('does not match inside another word', () => {
    expect(matcher.match(['Management'])).toBeNull();
    expect(matcher.match(['Consultingware'])).toBeNull();
  });

  it('reports which value matched (industry, sub-industry or tag)', () => {
    expect(matcher.match(['B2B', 'Sales', 'IT Consulting'])).toEqual({ phrase: 'consulting', value: 'IT Consulting' });
  });
});
