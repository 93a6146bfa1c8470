import { describe, expect, it } from 'vitest';
import { mergeExclusionLists } from './merge-exclusion-lists.js';

describe('mergeExclusionLists', () => {
  it('SPEC 3.7: the config lists and the database lists are joined without duplicates', () => {
    const merged = mergeExclusionLists(
      { customerDomains: ['customer.example.com'], competitorDomains: [], emails: ['a@example.com'] },
      {
        customerDomains: ['customer.example.com', 'b.example.org'],
        competitorDomains: ['rival.example.net'],
        emails: [],
      },
    );
    expect(merged).toEqual({
      customerDomains: ['customer.example.com', 'b.example.org'],
      competitorDomains: ['rival.example.net'],
      emails: ['a@example.com'],
    });
  });
});
