import { describe, expect, it } from 'vitest';
import { seniorityFromField, seniorityFromTitleTokens } from './seniority-level.js';
import { titleTokens } from './title-tokens.js';

describe('titleTokens (SPEC 3.3 title matching)', () => {
  it('folds case, punctuation and "Vice President"/SVP/VP of to vp', () => {
    for (const title of ['VP Sales', 'vp of sales', 'Vice President, Sales', 'SVP Sales', 'V.P. Sales']) {
      const tokens = titleTokens(title);
      expect(tokens, title).toContain('vp');
      expect(tokens, title).toContain('sale');
    }
  });

  it('folds C-level spellings to their abbreviation', () => {
    expect(titleTokens('Chief Revenue Officer')).toEqual(['cro']);
    expect(titleTokens('Chief Executive Officer & Co-Founder')).toEqual(['ceo', 'founder']);
    expect(titleTokens('COO')).toEqual(['coo']);
  });

  it('folds Co-Founder, Cofounder and Co founder to founder', () => {
    for (const title of ['Co-Founder', 'Cofounder', 'co founder', 'CO-FOUNDER & CTO']) {
      expect(titleTokens(title), title).toContain('founder');
    }
  });

  it('folds "Head of" and common abbreviations', () => {
    expect(titleTokens('Head of Revenue Ops')).toEqual(['head', 'revenue', 'operation']);
    expect(titleTokens('RevOps Mgr')).toEqual(['revenue', 'operation', 'manager']);
  });
});

describe('seniority levels (SPEC 3.3 title/seniority)', () => {
  it('reads Apollo-style seniority values', () => {
    expect(seniorityFromField('c_suite')).toBe('c_suite');
    expect(seniorityFromField('C-Suite')).toBe('c_suite');
    expect(seniorityFromField('VP')).toBe('vp');
    expect(seniorityFromField('individual_contributor')).toBe('individual_contributor');
    expect(seniorityFromField('director')).toBe('director');
    expect(seniorityFromField('manager')).toBe('manager');
    expect(seniorityFromField('')).toBeNull();
    expect(seniorityFromField('galactic overlord')).toBeNull();
  });

  it('derives a level from the title when the seniority column is empty', () => {
    expect(seniorityFromTitleTokens(titleTokens('Senior Vice President, Marketing'))).toBe('vp');
    expect(seniorityFromTitleTokens(titleTokens('Director of IT'))).toBe('director');
    expect(seniorityFromTitleTokens(titleTokens('President'))).toBe('c_suite');
    expect(seniorityFromTitleTokens(titleTokens('Data Scientist'))).toBe('individual_contributor');
    expect(seniorityFromTitleTokens([])).toBeNull();
  });
});
