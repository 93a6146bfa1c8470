import { describe, expect, it } from 'vitest';
import { normaliseHeaderName } from './lead-header-aliases.js';
import { buildLeadHeaderMap } from './lead-header-map.js';

describe('buildLeadHeaderMap', () => {
  it('SPEC 3.1: headers match after lower-casing and dropping non-alphanumerics', () => {
    expect(normaliseHeaderName('# Employees')).toBe('employees');
    expect(normaliseHeaderName(' Person Linkedin Url ')).toBe('personlinkedinurl');
    expect(normaliseHeaderName('company_domain')).toBe('companydomain');
    expect(buildLeadHeaderMap(['FIRST-NAME', 'E-mail', 'Work Email']).columns).toEqual({
      firstName: ['FIRST-NAME'],
      email: ['E-mail'],
      workEmail: ['Work Email'],
    });
  });

  it('SPEC 3.1: maps the Apollo-export-style snake_case columns', () => {
    const headers = [
      'first_name',
      'last_name',
      'name',
      'title',
      'seniority',
      'email',
      'work_email',
      'verified_email',
      'company',
      'domain',
      'website',
      'industry',
      'employee_count',
      'city',
      'state',
      'country',
      'linkedin_url',
      'phone',
    ];
    const map = buildLeadHeaderMap(headers);
    expect(map.unknownHeaders).toEqual([]);
    expect(map.columns).toEqual({
      firstName: ['first_name'],
      lastName: ['last_name'],
      fullName: ['name'],
      title: ['title'],
      seniority: ['seniority'],
      email: ['email'],
      workEmail: ['work_email'],
      verifiedEmail: ['verified_email'],
      companyName: ['company'],
      companyDomain: ['domain'],
      website: ['website'],
      industry: ['industry'],
      employeeCount: ['employee_count'],
      city: ['city'],
      state: ['state'],
      country: ['country'],
      linkedinUrl: ['linkedin_url'],
      phone: ['phone'],
    });
    expect(buildLeadHeaderMap(['company_domain']).columns).toEqual({ companyDomain: ['company_domain'] });
  });

  it("SPEC 3.1: maps Apollo's own export headers, preferring Company over Company Name for Emails and a direct phone over the switchboard", () => {
    const headers = [
      'First Name',
      'Last Name',
      'Title',
      'Company',
      'Company Name for Emails',
      'Email',
      'Email Status',
      'Seniority',
      'Corporate Phone',
      'Mobile Phone',
      'Work Direct Phone',
      '# Employees',
      'Industry',
      'Person Linkedin Url',
      'Website',
      'Company Linkedin Url',
      'City',
      'State',
      'Country',
      'Company City',
    ];
    const map = buildLeadHeaderMap(headers);
    expect(map.columns).toEqual({
      firstName: ['First Name'],
      lastName: ['Last Name'],
      title: ['Title'],
      companyName: ['Company', 'Company Name for Emails'],
      email: ['Email'],
      seniority: ['Seniority'],
      phone: ['Work Direct Phone', 'Mobile Phone', 'Corporate Phone'],
      employeeCount: ['# Employees'],
      industry: ['Industry'],
      linkedinUrl: ['Person Linkedin Url'],
      website: ['Website'],
      city: ['City'],
      state: ['State'],
      country: ['Country'],
    });
    expect(map.unknownHeaders).toEqual(['Email Status', 'Company Linkedin Url', 'Company City']);
    expect(map.headerCount).toBe(headers.length);
  });

  it('SPEC 3.1: keeps unknown columns under their original spelling', () => {
    expect(buildLeadHeaderMap(['Email', 'Favourite Colour', 'lead_source']).unknownHeaders).toEqual([
      'Favourite Colour',
      'lead_source',
    ]);
  });
});
