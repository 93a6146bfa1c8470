import { describe, expect, it } from 'vitest';
import { emptyCompanyProfile, type CompanyProfile } from '../../domain/company.js';
import { hasErrorCode } from '../../domain/errors.js';
import type { IntentSignal } from '../../domain/signal.js';
import { compileIcp } from './compile-icp.js';
import { defaultIcpProfile } from './default-icp-profile.js';
import type { IcpProfile } from './icp-profile.js';
import { scoreLead } from './score-lead.js';
import type { ScoreLeadInput, ScoringLead } from './scoring-input.js';

const now = new Date('2026-11-22T12:00:00Z');
const context = { now, suppressedEmails: new Set<string>() };
const icp = compileIcp(defaultIcpProfile);

function company(overrides: Partial<CompanyProfile> = {}): CompanyProfile {
  return {
    ...emptyCompanyProfile(),
    domain: 'acme.example.com',
    name: 'Acme',
    industry: 'Marketing Agency',
    employeeCount: 120,
    country: 'United States',
    status: 'active',
    ...overrides,
  };
}

function lead(overrides: Partial<ScoringLead> = {}): ScoringLead {
  return {
    email: 'jane.doe@acme.example.com',
    title: 'VP Operations',
    seniority: 'vp',
    industry: null,
    employeeCount: null,
    city: 'Austin',
    state: 'TX',
    country: 'USA',
    linkedinUrl: 'https://linkedin.example.com/in/jane-doe',
    firstName: 'Jane',
    lastName: 'Doe',
    ...overrides,
  };
}

function score(
  leadOverrides: Partial<ScoringLead> = {},
  companyOverrides: Partial<CompanyProfile> = {},
  extra: Partial<ScoreLeadInput> = {},
) {
  return scoreLead(
    { lead: lead(leadOverrides), company: company(companyOverrides), signals: [], ...extra },
    icp,
    context,
  );
}

/** An ICP where the score equals the social-engagement bonus: every other component weighs nothing. */
function bonusOnlyIcp(): IcpProfile {
  return {
    ...defaultIcpProfile,
    weights: { title: 0, industry: 0, companySize: 0, location: 0, completeness: 0, intent: 100 },
    multipliers: { priorityTitle: 1, priorityIndustry: 1 },
    intent: { factor: 1 },
  };
}

describe('scoreLead totals and multipliers (SPEC 3.3)', () => {
  it('SPEC 3.3: multipliers apply to the total, then cap at 100', () => {
    const result = score();
    expect(result.components).toEqual({
      title: 25,
      industry: 25,
      companySize: 20,
      location: 10,
      completeness: 5,
      intent: 0,
    });
    expect(result.multipliers).toEqual({ priorityTitle: 1.5, priorityIndustry: 1.2 });
    expect(result.score).toBe(100);
    expect(result.tier).toBe('tier_1');
    expect(result.reasons).toContain('×1.5 priority title');
    expect(result.reasons).toContain('×1.2 priority industry');
    expect(result.reasons).toContain('capped at 100 (was 153)');
  });

  it('SPEC 3.3: the priority-title multiplier scales the whole total, not just the title points', () => {
    // 25 title + 0 industry + 0 size + 0 location + 5 completeness = 30; × 1.5 = 45.
    const result = score({}, { industry: 'Healthcare', employeeCount: null, country: null });
    const noCountry = scoreLead(
      {
        lead: lead({ country: null }),
        company: company({ industry: 'Healthcare', employeeCount: null, country: null }),
      },
      icp,
      context,
    );
    expect(result.components.title).toBe(25);
    expect(noCountry.score).toBe(45);
    expect(noCountry.tier).toBe('tier_3');
    expect(noCountry.multipliers).toEqual({ priorityTitle: 1.5 });
  });

  it('SPEC 3.3: without priority title or industry no multiplier applies', () => {
    const result = score({ title: 'Data Scientist', seniority: 'individual_contributor' }, { industry: 'Biotech' });
    expect(result.multipliers).toEqual({});
    // 1.5 title + 0 + 20 + 10 + 5 = 36.5 → 37
    expect(result.score).toBe(37);
  });
});

describe('title/seniority component (SPEC 3.3, weight 30)', () => {
  it('SPEC 3.3: a priority title earns its seniority credit and the reason names it', () => {
    const result = score();
    expect(result.components.title).toBe(25);
    expect(result.reasons).toContain('+25 title: VP Operations matches priority title');
  });

  it('SPEC 3.3: founder and C-level priority titles earn the full 30', () => {
    for (const title of ['CEO', 'Founder', 'Co-Founder', 'Chief Revenue Officer', 'COO', 'Founder & CEO']) {
      const result = score({ title, seniority: null });
      expect(result.components.title, title).toBe(30);
      expect(result.multipliers.priorityTitle, title).toBe(1.5);
    }
  });

  it('SPEC 3.3: title matching is robust to case, punctuation and abbreviations', () => {
    const priorityTitles = [
      'vp sales',
      'VP of Sales',
      'Vice President, Sales',
      'SVP Sales',
      'V.P. Marketing',
      'Head of Revenue',
      'head of operations',
      'Sales VP',
      'CRO',
      'co-founder & cto',
    ];
    for (const title of priorityTitles) {
      expect(score({ title, seniority: null }).multipliers.priorityTitle, title).toBe(1.5);
    }
  });

  it('SPEC 3.3: non-priority titles earn partial points by seniority', () => {
    expect(score({ title: 'CTO', seniority: 'c_suite' }).components.title).toBe(15);
    expect(score({ title: 'VP Engineering', seniority: 'vp' }).components.title).toBe(12.5);
    expect(score({ title: 'Director of IT', seniority: 'director' }).components.title).toBe(10);
    expect(score({ title: 'Engineering Manager', seniority: 'manager' }).components.title).toBe(6);
    expect(score({ title: 'Data Scientist', seniority: 'individual_contributor' }).components.title).toBe(1.5);
    const cto = score({ title: 'CTO', seniority: 'c_suite' });
    expect(cto.multipliers.priorityTitle).toBeUndefined();
    expect(cto.reasons).toContain('+15 title: CTO (seniority c_suite) is not a priority title');
  });

  it('SPEC 3.3: an excluded word keeps a title from being a priority title', () => {
    const result = score({ title: 'Executive Assistant to the CEO', seniority: null });
    expect(result.multipliers.priorityTitle).toBeUndefined();
    expect(result.components.title).toBe(1.5);
  });

  it('SPEC 3.3: seniority alone earns partial points when the title is missing', () => {
    const result = score({ title: null, seniority: 'manager' });
    expect(result.components.title).toBe(6);
    expect(result.reasons).toContain('+6 title: title unknown, seniority manager');
  });
});

describe('industry component (SPEC 3.3, weight 25)', () => {
  it('SPEC 3.3: matches priority industries on industry, sub-industry and tags', () => {
    expect(score({}, { industry: 'Staffing & Recruiting' }).components.industry).toBe(25);
    expect(score({}, { industry: 'Services', subIndustry: 'Management Consulting' }).components.industry).toBe(25);
    const byTag = score({}, { industry: 'Consumer', tags: ['Marketplace', 'E-commerce'] });
    expect(byTag.components.industry).toBe(25);
    expect(byTag.multipliers.priorityIndustry).toBe(1.2);
    expect(byTag.reasons).toContain('+25 industry: E-commerce matches priority industry (e-commerce)');
    expect(score({ industry: 'Digital Agencies' }, { industry: null }).components.industry).toBe(25);
  });

  it('SPEC 3.3: a secondary industry earns partial points without the multiplier', () => {
    const result = score({}, { industry: 'SaaS' });
    expect(result.components.industry).toBe(15);
    expect(result.multipliers.priorityIndustry).toBeUndefined();
  });

  it('SPEC 3.3: any other industry scores 0', () => {
    const result = score({}, { industry: 'Healthcare' });
    expect(result.components.industry).toBe(0);
    expect(result.reasons).toContain('+0 industry: Healthcare is not a target industry');
  });
});

describe('company size component (SPEC 3.3, weight 20)', () => {
  it('SPEC 3.3: 51–500 employees earn the full 20, bounds inclusive', () => {
    expect(score({}, { employeeCount: 51 }).components.companySize).toBe(20);
    expect(score({}, { employeeCount: 500 }).components.companySize).toBe(20);
    expect(score({}, { employeeCount: 120 }).reasons).toContain('+20 size: 120 employees in band 51–500');
  });

  it('SPEC 3.3: nearby bands earn partial points and tiny companies none', () => {
    expect(score({}, { employeeCount: 50 }).components.companySize).toBe(10);
    expect(score({}, { employeeCount: 501 }).components.companySize).toBe(10);
    expect(score({}, { employeeCount: 15 }).components.companySize).toBe(5);
    expect(score({}, { employeeCount: 6 }).components.companySize).toBe(0);
  });

  it("falls back to the lead row's employee count when the company has none", () => {
    expect(score({ employeeCount: 200 }, { employeeCount: null }).components.companySize).toBe(20);
  });
});

describe('location component (SPEC 3.3, weight 10)', () => {
  it('SPEC 3.3: target countries earn 10 whatever the spelling', () => {
    for (const country of ['USA', 'United States of America', 'US', 'United Kingdom', 'UK', 'Canada']) {
      expect(score({ country }).components.location, country).toBe(10);
    }
    expect(score({ country: 'USA' }).reasons).toContain('+10 location: USA is a target country');
  });

  it('SPEC 3.3: secondary countries earn half, others nothing', () => {
    expect(score({ country: 'Germany' }).components.location).toBe(5);
    expect(score({ country: 'India' }).components.location).toBe(0);
  });

  it("uses the company's country when the lead has none", () => {
    expect(score({ country: null }, { country: 'Canada' }).components.location).toBe(10);
  });

  it('configured regions earn the full weight', () => {
    const regional = compileIcp({
      ...defaultIcpProfile,
      location: { ...defaultIcpProfile.location, regions: ['Bavaria'] },
    });
    const result = scoreLead(
      { lead: lead({ country: 'Germany', state: 'bavaria' }), company: company() },
      regional,
      context,
    );
    expect(result.components.location).toBe(10);
  });
});

describe('data completeness component (SPEC 3.3, weight 5)', () => {
  it('SPEC 3.3: one point per fact present', () => {
    expect(score().components.completeness).toBe(5);
    const result = score({ linkedinUrl: null });
    expect(result.components.completeness).toBe(4);
    expect(result.reasons).toContain('+4 completeness: 4 of 5 facts (missing LinkedIn URL)');
  });
});

describe('intent component (SPEC 3.3, up to 20)', () => {
  const hiring: IntentSignal = {
    kind: 'hiring',
    date: '2026-01-14',
    source: 'yc-companies.csv (isHiring flag at snapshot)',
    detail: 'isHiring=true',
  };

  it('SPEC 3.3: intent score × 0.2, with each signal’s source and date in the reasons', () => {
    const result = score({}, {}, { signals: [hiring] });
    expect(result.intentScore).toBe(25);
    expect(result.components.intent).toBe(5);
    expect(result.reasons).toContain('+5 intent: intent score 25/100 × 0.2');
    expect(result.reasons).toContain(
      '+25 intent: hiring (2026-01-14, yc-companies.csv (isHiring flag at snapshot)) isHiring=true — 312 days old, full points',
    );
  });

  it('SPEC 3.3: the social-engagement bonus is included in the intent score', () => {
    const result = score({}, {}, { signals: [hiring], socialEngagementBonus: 15 });
    expect(result.intentScore).toBe(40);
    expect(result.components.intent).toBe(8);
  });

  it('SPEC 3.3: the intent contribution is capped at 20', () => {
    const signals: IntentSignal[] = ['a', 'b', 'c', 'd'].map((source) => ({
      kind: 'funding',
      date: '2026-10-01',
      source,
      detail: null,
    }));
    const result = score({}, {}, { signals, socialEngagementBonus: 50 });
    expect(result.intentScore).toBe(100);
    expect(result.components.intent).toBe(20);
    const generous = compileIcp({ ...defaultIcpProfile, intent: { factor: 0.5 } });
    const capped = scoreLead({ lead: lead(), company: company(), signals }, generous, context);
    expect(capped.components.intent).toBe(20);
    expect(capped.reasons).toContain('+20 intent: intent score 100/100 × 0.5, capped at 20');
  });
});

describe('tiers (SPEC 3.3)', () => {
  const tierIcp = compileIcp(bonusOnlyIcp());
  const tierOf = (bonus: number) =>
    scoreLead({ lead: lead(), company: company(), socialEngagementBonus: bonus }, tierIcp, context);

  it('SPEC 3.3: tier_1 ≥ 80, tier_2 60–79, tier_3 40–59', () => {
    expect(tierOf(80).tier).toBe('tier_1');
    expect(tierOf(79).tier).toBe('tier_2');
    expect(tierOf(60).tier).toBe('tier_2');
    expect(tierOf(59).tier).toBe('tier_3');
    expect(tierOf(40).tier).toBe('tier_3');
  });

  it('SPEC 3.3: below 40 is disqualified below_floor, score kept', () => {
    const result = tierOf(39);
    expect(result.tier).toBeNull();
    expect(result.score).toBe(39);
    expect(result.disqualification).toEqual({ rule: 'below_floor', detail: 'score 39 is below the floor of 40' });
  });

  it('SPEC 3.3: the tier_1 threshold is configurable', () => {
    const strict = compileIcp({ ...bonusOnlyIcp(), tiers: { tier1: 90, tier2: 60, tier3: 40 } });
    const result = scoreLead({ lead: lead(), company: company(), socialEngagementBonus: 85 }, strict, context);
    expect(result.tier).toBe('tier_2');
  });
});

describe('disqualification rules (SPEC 3.3)', () => {
  it('SPEC 3.3: role accounts are disqualified role_account', () => {
    const roles = [
      'info',
      'sales',
      'hello',
      'partnerships',
      'team',
      'support',
      'contact',
      'marketing',
      'admin',
      'office',
    ];
    for (const role of roles) {
      const result = score({ email: `${role}@acme.example.com`, firstName: null, lastName: null });
      expect(result.disqualification?.rule, role).toBe('role_account');
      expect(result.tier, role).toBeNull();
    }
    expect(score({ email: 'Sales+EU@acme.example.com' }).disqualification?.rule).toBe('role_account');
    expect(score({ email: 'no-reply@acme.example.com' }).disqualification?.rule).toBe('role_account');
    expect(score({ email: 'sales.jane@acme.example.com' }).disqualification).toBeNull();
  });

  it('SPEC 3.3: the role-account list is configurable', () => {
    const custom = compileIcp({ ...defaultIcpProfile, roleAccounts: ['growth'] });
    const input = { lead: lead({ email: 'growth@acme.example.com' }), company: company() };
    expect(scoreLead(input, custom, context).disqualification?.rule).toBe('role_account');
    expect(
      scoreLead({ ...input, lead: lead({ email: 'info@acme.example.com' }) }, custom, context).disqualification,
    ).toBeNull();
  });

  it('SPEC 3.3: inactive or acquired companies are disqualified company_inactive', () => {
    expect(score({}, { status: 'inactive' }).disqualification?.rule).toBe('company_inactive');
    expect(score({}, { status: 'acquired' }).disqualification).toEqual({
      rule: 'company_inactive',
      detail: 'company status is acquired',
    });
    expect(score({}, { status: 'public' }).disqualification).toBeNull();
    expect(score({}, { status: 'unknown' }).disqualification).toBeNull();
  });

  it('SPEC 3.3: missing both email and LinkedIn URL is disqualified no_contact_channel', () => {
    expect(score({ email: null, linkedinUrl: null }).disqualification?.rule).toBe('no_contact_channel');
    expect(score({ email: '  ', linkedinUrl: '' }).disqualification?.rule).toBe('no_contact_channel');
    expect(score({ email: null }).disqualification).toBeNull();
    expect(score({ linkedinUrl: null }).disqualification).toBeNull();
  });

  const excluding = compileIcp({
    ...defaultIcpProfile,
    exclusions: {
      customerDomains: ['customer.example.org'],
      customerEmails: ['Buyer@Elsewhere.example.net'],
      competitorDomains: ['rival.example.com'],
    },
  });
  const excluded = (leadOverrides: Partial<ScoringLead>, companyOverrides: Partial<CompanyProfile> = {}) =>
    scoreLead({ lead: lead(leadOverrides), company: company(companyOverrides) }, excluding, context).disqualification;

  it('SPEC 3.3: customer domains match the apex and every subdomain (customer_domain)', () => {
    expect(excluded({ email: 'amy@customer.example.org' })?.rule).toBe('customer_domain');
    expect(excluded({ email: 'amy@eu.mail.customer.example.org' })).toEqual({
      rule: 'customer_domain',
      detail: 'eu.mail.customer.example.org is under customer domain customer.example.org',
    });
    expect(excluded({}, { domain: 'shop.customer.example.org' })?.rule).toBe('customer_domain');
    expect(excluded({ companyDomain: 'customer.example.org' })?.rule).toBe('customer_domain');
  });

  it('SPEC 3.3: a look-alike of a customer or competitor domain is not excluded', () => {
    expect(excluded({ email: 'amy@notcustomer.example.org' })).toBeNull();
    expect(excluded({ email: 'amy@customer.example.org.example.net' })).toBeNull();
    expect(excluded({}, { domain: 'notrival.example.com' })).toBeNull();
  });

  it('SPEC 3.3: individual customer emails are excluded (customer_email)', () => {
    expect(excluded({ email: ' buyer@elsewhere.example.net ' })?.rule).toBe('customer_email');
    expect(excluded({ email: 'other@elsewhere.example.net' })).toBeNull();
  });

  it('SPEC 3.3: competitor domains match apex and subdomains (competitor_domain)', () => {
    expect(excluded({ email: 'bob@rival.example.com' })?.rule).toBe('competitor_domain');
    expect(excluded({ email: 'bob@labs.rival.example.com' })?.rule).toBe('competitor_domain');
    expect(excluded({}, { domain: 'rival.example.com' })?.rule).toBe('competitor_domain');
  });

  it('SPEC 3.3: suppressed addresses are disqualified suppressed (case-insensitive)', () => {
    const suppressed = { now, suppressedEmails: new Set(['jane.doe@acme.example.com']) };
    const result = scoreLead(
      { lead: lead({ email: 'Jane.Doe@ACME.example.com' }), company: company() },
      icp,
      suppressed,
    );
    expect(result.disqualification).toEqual({
      rule: 'suppressed',
      detail: 'jane.doe@acme.example.com is on the suppression list',
    });
  });

  it('SPEC 3.3: a disqualified lead still gets every component and reason, and the first rule wins', () => {
    const suppressed = { now, suppressedEmails: new Set(['info@acme.example.com']) };
    const result = scoreLead(
      { lead: lead({ email: 'info@acme.example.com' }), company: company({ status: 'inactive' }) },
      icp,
      suppressed,
    );
    expect(result.disqualification?.rule).toBe('suppressed');
    expect(result.tier).toBeNull();
    expect(result.score).toBe(100);
    expect(result.components.title).toBe(25);
    expect(result.reasons).toContain('disqualified (role_account): info@ is a role account, not a person');
    expect(result.reasons).toContain('disqualified (company_inactive): company status is inactive');
    expect(result.reasons.at(-1)).toBe('= 100, disqualified (suppressed)');
  });
});

describe('null safety (SPEC 3.3)', () => {
  it('SPEC 3.3: missing title, industry and employee count score zero, never crash', () => {
    const result = scoreLead(
      {
        lead: { email: 'pat@example.com', title: null, seniority: null, industry: null, employeeCount: null },
        company: emptyCompanyProfile(),
        signals: [],
      },
      icp,
      context,
    );
    expect(result.components).toEqual({
      title: 0,
      industry: 0,
      companySize: 0,
      location: 0,
      completeness: 1,
      intent: 0,
    });
    expect(result.reasons).toContain('+0 title: title unknown');
    expect(result.reasons).toContain('+0 industry: industry unknown');
    expect(result.reasons).toContain('+0 size: employee count unknown');
    expect(result.reasons).toContain('+0 location: country unknown');
    expect(result.disqualification?.rule).toBe('below_floor');
  });

  it('tolerates an empty lead, a missing company and missing signals', () => {
    const result = scoreLead({ lead: {}, company: null }, icp, context);
    expect(result.score).toBe(0);
    expect(result.disqualification?.rule).toBe('no_contact_channel');
    expect(Number.isNaN(scoreLead({ lead: { employeeCount: Number.NaN } }, icp, context).score)).toBe(false);
  });
});

describe('compiled profiles', () => {
  it('accepts a raw profile as well as a compiled one, with the same result', () => {
    const input = { lead: lead(), company: company() };
    expect(scoreLead(input, defaultIcpProfile, context)).toEqual(scoreLead(input, icp, context));
  });

  it('compileIcp rejects tiers out of order with config_invalid', () => {
    const broken = { ...defaultIcpProfile, tiers: { tier1: 50, tier2: 60, tier3: 40 } };
    expect(() => compileIcp(broken)).toThrow(expect.objectContaining({ code: 'config_invalid' }));
    try {
      compileIcp(broken);
    } catch (error) {
      expect(hasErrorCode(error, 'config_invalid')).toBe(true);
    }
  });
});
