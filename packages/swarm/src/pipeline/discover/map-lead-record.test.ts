import { describe, expect, it } from 'vitest';
import type { LeadCandidate } from '../../domain/lead.js';
import { buildLeadHeaderMap } from './lead-header-map.js';
import { mapLeadRecord } from './map-lead-record.js';

function mapFields(fields: Record<string, string>, rowNumber = 1) {
  return mapLeadRecord({ rowNumber, fields }, buildLeadHeaderMap(Object.keys(fields)), 'csv:test.csv');
}

function candidateOf(fields: Record<string, string>): LeadCandidate {
  const mapping = mapFields(fields);
  if (!mapping.ok) throw new Error(`expected a candidate, got rejection: ${mapping.reason}`);
  return mapping.candidate;
}

function reasonOf(fields: Record<string, string>): string {
  const mapping = mapFields(fields);
  if (mapping.ok) throw new Error('expected a rejection');
  return mapping.reason;
}

describe('mapLeadRecord', () => {
  it('SPEC 3.1: maps an Apollo export row end to end', () => {
    const candidate = candidateOf({
      'First Name': 'Layla',
      'Last Name': 'Saeed',
      Title: 'CFO',
      Company: 'Gulf Capital',
      'Company Name for Emails': 'Gulf Capital Partners',
      Email: 'Layla@GulfCap.example',
      'Email Status': 'Verified',
      Seniority: 'C suite',
      'Work Direct Phone': '',
      'Mobile Phone': '+971 50 000 0000',
      'Corporate Phone': '+971 4 000 0000',
      '# Employees': '120',
      Industry: 'Financial Services',
      'Person Linkedin Url': 'http://www.linkedin.example.com/in/layla-saeed',
      Website: 'http://www.gulfcap.example',
      City: 'Dubai',
      State: 'Dubai',
      Country: 'United Arab Emirates',
    });
    expect(candidate).toEqual({
      rowNumber: 1,
      firstName: 'Layla',
      lastName: 'Saeed',
      title: 'CFO',
      seniority: 'C suite',
      email: 'layla@gulfcap.example',
      emailKey: 'layla@gulfcap.example',
      linkedinUrl: 'http://www.linkedin.example.com/in/layla-saeed',
      phone: '+971 50 000 0000',
      companyName: 'Gulf Capital',
      companyDomain: 'gulfcap.example',
      industry: 'Financial Services',
      employeeCount: 120,
      city: 'Dubai',
      state: 'Dubai',
      country: 'United Arab Emirates',
      source: 'csv:test.csv',
      attributes: { 'Email Status': 'Verified' },
    });
  });

  it('SPEC 3.1: trims every value and turns empty values into null', () => {
    const candidate = candidateOf({
      first_name: '  Ann ',
      last_name: '\u00a0',
      title: ' ',
      email: 'ann@example.com',
      city: '\tOslo\t',
    });
    expect(candidate).toMatchObject({ firstName: 'Ann', lastName: null, title: null, city: 'Oslo', state: null });
  });

  it('SPEC 3.1: splits name into first/last only where those are missing', () => {
    expect(candidateOf({ name: 'Jane van Dijk', email: 'jane@example.com' })).toMatchObject({
      firstName: 'Jane',
      lastName: 'van Dijk',
    });
    expect(
      candidateOf({ first_name: 'Janet', last_name: '', name: 'Jane van Dijk', email: 'j@example.com' }),
    ).toMatchObject({ firstName: 'Janet', lastName: 'van Dijk' });
    expect(
      candidateOf({ first_name: 'Janet', last_name: 'Vance', name: 'Jane van Dijk', email: 'j@example.com' }),
    ).toMatchObject({ firstName: 'Janet', lastName: 'Vance' });
  });

  it('calms ALL-CAPS person names but never titles', () => {
    expect(candidateOf({ first_name: 'DANA', last_name: 'OLSEN', title: 'CEO', email: 'd@example.com' })).toMatchObject(
      {
        firstName: 'Dana',
        lastName: 'Olsen',
        title: 'CEO',
      },
    );
  });

  it('SPEC 3.1: resolves recipient work_email → verified_email → email', () => {
    const all = { work_email: 'w@example.com', verified_email: 'v@example.com', email: 'e@example.com' };
    expect(candidateOf(all).email).toBe('w@example.com');
    expect(candidateOf({ ...all, work_email: ' ' }).email).toBe('v@example.com');
    expect(candidateOf({ ...all, work_email: '', verified_email: '' }).email).toBe('e@example.com');
  });

  it('SPEC 3.1: lower-cases and trims the email; emailKey keeps the plus-tag', () => {
    const candidate = candidateOf({ email: ' Jane.Doe+Import@Example.COM ' });
    expect(candidate.email).toBe('jane.doe+import@example.com');
    expect(candidate.emailKey).toBe('jane.doe+import@example.com');
  });

  it('SPEC 3.1: derives the company domain from the domain column, else website, else email', () => {
    expect(
      candidateOf({ email: 'a@mail.acme.test', company_domain: 'ACME.example', website: 'b.example' }).companyDomain,
    ).toBe('acme.example');
    expect(candidateOf({ email: 'a@mail.acme.test', website: 'htp://www.socrative.example/x' }).companyDomain).toBe(
      'socrative.example',
    );
    expect(candidateOf({ email: 'a@mail.acme.test', website: 'http://' }).companyDomain).toBe('mail.acme.test');
    expect(candidateOf({ email: 'a@gmail.com', website: '' }).companyDomain).toBeNull();
  });

  it('SPEC 3.1: parses employee_count leniently', () => {
    expect(candidateOf({ email: 'a@example.com', employee_count: '1,200' }).employeeCount).toBe(1200);
    expect(candidateOf({ email: 'a@example.com', employee_count: '51-200' }).employeeCount).toBe(51);
    expect(candidateOf({ email: 'a@example.com', employee_count: '' }).employeeCount).toBeNull();
  });

  it('SPEC 3.1: normalises the LinkedIn URL (trim, no query, no trailing slash)', () => {
    expect(candidateOf({ linkedin_url: ' https://linkedin.example.com/in/x/?trk=1 ' }).linkedinUrl).toBe(
      'https://linkedin.example.com/in/x',
    );
  });

  it('SPEC 3.1: keeps unknown columns verbatim in attributes (empty ones left out)', () => {
    expect(candidateOf({ email: 'a@example.com', 'Lead Source': '  Webinar  ', Notes: '' }).attributes).toEqual({
      'Lead Source': '  Webinar  ',
    });
  });

  it('SPEC 3.1: a LinkedIn URL alone is enough to import', () => {
    expect(candidateOf({ first_name: 'Li', linkedin_url: 'https://linkedin.example.com/in/li' })).toMatchObject({
      email: null,
      emailKey: null,
      linkedinUrl: 'https://linkedin.example.com/in/li',
    });
  });

  it('SPEC 3.1: rejects invalid email syntax, naming the column, the value and the fix', () => {
    const reason = reasonOf({ Email: 'double@@example.test', linkedin_url: 'https://linkedin.example.com/in/x' });
    expect(reason).toContain('Email "double@@example.test" is not a valid email address');
    expect(reason).toContain('more than one "@"');
    expect(reason).toContain('correct it');
  });

  it('SPEC 3.1: does not silently fall back when the preferred recipient column is invalid', () => {
    expect(reasonOf({ work_email: 'broken.example.com', email: 'fine@example.com' })).toMatch(/^work_email "broken/);
  });

  it('SPEC 3.1: rejects a row missing both email and LinkedIn URL', () => {
    expect(reasonOf({ first_name: 'Ann', email: ' ', linkedin_url: '' })).toBe(
      'missing both email and LinkedIn URL (columns: email, linkedin_url); fill at least one so the lead can be contacted',
    );
    expect(reasonOf({ first_name: 'Ann' })).toContain('the file has no email or LinkedIn URL column');
  });

  it('rejects a LinkedIn value that is not a URL', () => {
    expect(reasonOf({ email: 'a@example.com', linkedin_url: 'n/a' })).toMatch(
      /^linkedin_url "n\/a" is not a LinkedIn profile URL/,
    );
  });

  it('SPEC 3.1: rejects a row the source could not parse, with the source reason', () => {
    const headerMap = buildLeadHeaderMap(['email']);
    expect(mapLeadRecord({ rowNumber: 7, error: 'CSV line 8 cannot be parsed' }, headerMap, 'csv:x.csv')).toEqual({
      ok: false,
      reason: 'CSV line 8 cannot be parsed',
    });
  });
});
