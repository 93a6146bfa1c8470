import type { LeadCandidate } from '../domain/lead.js';

/**
 * A lead candidate for tests, as a CSV import row would give it: `Pat` with the given address (its dedup key
 * and company domain derived from it; null for a lead known by other columns), every optional column empty,
 * unless `overrides` say otherwise.
 * Use reserved domains (example.com/.org/.net, `.test`).
 */
export function sampleLeadCandidate(email: string | null, overrides: Partial<LeadCandidate> = {}): LeadCandidate {
  return {
    rowNumber: 1,
    firstName: 'Pat',
    lastName: null,
    title: null,
    seniority: null,
    email,
    emailKey: email,
    linkedinUrl: null,
    phone: null,
    companyName: null,
    companyDomain: email?.split('@')[1] ?? null,
    industry: null,
    employeeCount: null,
    city: null,
    state: null,
    country: null,
    source: 'csv:test.csv',
    attributes: {},
    ...overrides,
  };
}
