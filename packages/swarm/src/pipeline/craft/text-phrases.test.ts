import { describe, expect, it } from 'vitest';
import { cleanOneLiner, displayIndustry, focusAreaFor, fundingAmountText, teamSizeText } from './text-phrases.js';

describe('text phrases', () => {
  it('cleans one-liners for quoting', () => {
    expect(cleanOneLiner('AI employees that automate medical operations for clinics. ')).toBe(
      'AI employees that automate medical operations for clinics',
    );
    expect(cleanOneLiner('On-demand smartphone repair and launching smart home…')).toBe(
      'On-demand smartphone repair and launching smart home',
    );
    expect(cleanOneLiner('  ')).toBeNull();
  });

  it('lower-cases plain industry words and keeps acronyms', () => {
    expect(displayIndustry('E-Commerce')).toBe('e-commerce');
    expect(displayIndustry('Healthcare')).toBe('healthcare');
    expect(displayIndustry('B2B')).toBe('B2B');
    expect(displayIndustry('Fintech SaaS')).toBe('fintech SaaS');
    expect(displayIndustry(null)).toBeNull();
  });

  it('maps titles to a focus area, falling back to "your team"', () => {
    expect(focusAreaFor('VP Operations')).toBe('operations');
    expect(focusAreaFor('Chief Revenue Officer')).toBe('revenue');
    expect(focusAreaFor('Head of Sales')).toBe('sales');
    expect(focusAreaFor('CEO')).toBe('your team');
    expect(focusAreaFor(null)).toBe('your team');
  });

  it('rounds team sizes and funding amounts into readable phrases', () => {
    expect(teamSizeText(6)).toBe('6 people');
    expect(teamSizeText(58)).toBe('about 60 people');
    expect(teamSizeText(1234)).toBe('about 1,200 people');
    expect(teamSizeText(1)).toBeNull();
    expect(fundingAmountText('rounds=2;total_disclosed_usd=1200000')).toBe('$1.2M');
    expect(fundingAmountText('$3,000,000')).toBe('$3M');
    expect(fundingAmountText('$750k seed')).toBe('$750K');
    expect(fundingAmountText('undisclosed amount')).toBeNull();
  });
});
