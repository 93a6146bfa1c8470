import { describe, expect, it } from 'vitest';
import type { LeadCandidate } from '../../domain/lead.js';
import { buildLeadHeaderMap } from './lead-header-map.js';
import { createLeadDeduplicator } from './lead-deduplicator.js';
import { mapLeadRecord } from './map-lead-record.js';

function candidate(rowNumber: number, fields: Record<string, string>): LeadCandidate {
  const mapping = mapLeadRecord({ rowNumber, fields }, buildLeadHeaderMap(Object.keys(fields)), 'csv:test.csv');
  if (!mapping.ok) throw new Error(mapping.reason);
  return mapping.candidate;
}

describe('createLeadDeduplicator', () => {
  it('SPEC 3.1: dedups by canonical email — case and surrounding spaces do not make a new lead', () => {
    const deduplicator = createLeadDeduplicator();
    expect(deduplicator.add(candidate(1, { email: 'ann.lee@acme.test' })).outcome).toBe('new');
    const outcome = deduplicator.add(candidate(2, { email: '  ANN.LEE@ACME.TEST ', title: 'CTO' }));
    expect(outcome).toMatchObject({ outcome: 'duplicate', firstRowNumber: 1, merged: { rowNumber: 1, title: 'CTO' } });
    expect(deduplicator.size).toBe(1);
  });

  it('SPEC 3.1: keeps the plus-tag in the key, so tagged addresses are distinct leads', () => {
    const deduplicator = createLeadDeduplicator();
    deduplicator.add(candidate(1, { email: 'ann@acme.test' }));
    expect(deduplicator.add(candidate(2, { email: 'ann+news@acme.test' })).outcome).toBe('new');
  });

  it('SPEC 3.1: without email, dedups by LinkedIn URL (query, trailing slash and case ignored)', () => {
    const deduplicator = createLeadDeduplicator();
    deduplicator.add(candidate(1, { linkedin_url: 'https://linkedin.example.com/in/ann' }));
    const outcome = deduplicator.add(candidate(2, { linkedin_url: 'https://LinkedIn.example.com/in/Ann/?trk=x' }));
    expect(outcome).toMatchObject({ outcome: 'duplicate', firstRowNumber: 1 });
  });

  it('matches a LinkedIn-only record to an earlier lead with that LinkedIn URL and an email', () => {
    const deduplicator = createLeadDeduplicator();
    deduplicator.add(candidate(1, { email: 'ann@acme.test', linkedin_url: 'https://linkedin.example.com/in/ann' }));
    const outcome = deduplicator.add(
      candidate(2, { linkedin_url: 'https://linkedin.example.com/in/ann', city: 'Oslo' }),
    );
    expect(outcome).toMatchObject({ outcome: 'duplicate', merged: { email: 'ann@acme.test', city: 'Oslo' } });
  });

  it('SPEC 3.1: the email is the key when present — two emails stay two leads even with one LinkedIn URL', () => {
    const deduplicator = createLeadDeduplicator();
    deduplicator.add(candidate(1, { email: 'ann@acme.test', linkedin_url: 'https://linkedin.example.com/in/ann' }));
    const outcome = deduplicator.add(
      candidate(2, { email: 'ann@other.test', linkedin_url: 'https://linkedin.example.com/in/ann' }),
    );
    expect(outcome.outcome).toBe('new');
  });

  it('merges every later duplicate into the latest merged version of the first occurrence', () => {
    const deduplicator = createLeadDeduplicator();
    deduplicator.add(candidate(1, { email: 'ann@acme.test' }));
    deduplicator.add(candidate(2, { email: 'ann@acme.test', title: 'CTO' }));
    const outcome = deduplicator.add(candidate(3, { email: 'ann@acme.test', city: 'Oslo' }));
    expect(outcome).toMatchObject({ merged: { rowNumber: 1, title: 'CTO', city: 'Oslo' } });
  });
});
