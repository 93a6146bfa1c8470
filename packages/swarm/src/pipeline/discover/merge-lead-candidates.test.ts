import { describe, expect, it } from 'vitest';
import type { Lead, LeadCandidate } from '../../domain/lead.js';
import { mergeLeadCandidates } from './merge-lead-candidates.js';

const base: LeadCandidate = {
  rowNumber: 3,
  firstName: 'Ann',
  lastName: null,
  title: 'CTO',
  seniority: null,
  email: 'ann@example.com',
  emailKey: 'ann@example.com',
  linkedinUrl: null,
  phone: null,
  companyName: 'Acme',
  companyDomain: 'acme.example',
  industry: null,
  employeeCount: null,
  city: null,
  state: null,
  country: null,
  source: 'csv:a.csv',
  attributes: { list: 'q1', owner: 'kim' },
};

describe('mergeLeadCandidates', () => {
  it('SPEC 3.1: a re-import updates — incoming non-empty fields win, empty ones keep the existing value', () => {
    const incoming: LeadCandidate = {
      ...base,
      rowNumber: 9,
      source: 'csv:b.csv',
      firstName: null,
      lastName: 'Lee',
      title: 'CEO',
      companyName: null,
      employeeCount: 40,
      linkedinUrl: 'https://linkedin.example.com/in/ann',
      attributes: { list: 'q2' },
    };
    const merged = mergeLeadCandidates(base, incoming);
    expect(merged).toEqual({
      ...base,
      lastName: 'Lee',
      title: 'CEO',
      employeeCount: 40,
      linkedinUrl: 'https://linkedin.example.com/in/ann',
      attributes: { list: 'q2', owner: 'kim' },
    });
    expect(merged.rowNumber).toBe(3);
    expect(merged.source).toBe('csv:a.csv');
    expect(base.title).toBe('CTO');
  });

  it('keeps a stored lead’s identity and state while updating its data', () => {
    const stored: Lead = {
      ...base,
      id: 'lead-1',
      status: 'scored',
      tier: 'tier_2',
      score: 70,
      disqualificationRule: null,
      lastError: null,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-01T00:00:00Z'),
    };
    const merged = mergeLeadCandidates(stored, { ...base, title: 'COO' });
    expect(merged).toMatchObject({ id: 'lead-1', status: 'scored', score: 70, title: 'COO' });
  });

  it('gives a LinkedIn-only lead the email a later record brings', () => {
    const linkedinOnly = { ...base, email: null, emailKey: null, linkedinUrl: 'https://linkedin.example.com/in/ann' };
    expect(mergeLeadCandidates(linkedinOnly, base)).toMatchObject({
      email: 'ann@example.com',
      emailKey: 'ann@example.com',
    });
  });
});
