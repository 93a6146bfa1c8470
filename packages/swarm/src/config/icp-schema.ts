import { z } from 'zod';

/**
 * zod schema of the `icp:` config section (SPEC §3.3). Strict: an unknown key is rejected with its path
 * (e.g. `icp.titles.priorty`). Every key has a default, so `icpProfileSchema.parse({})` yields the default
 * ICP; the output is structurally identical to `IcpProfile` in `pipeline/segment/icp-profile.ts` (a test
 * keeps the two and their defaults in step). Country lists take ISO 3166-1 alpha-2 codes or names.
 */

const share = (field: string) =>
  z.number().min(0, `${field} must be between 0 and 1`).max(1, `${field} must be between 0 and 1`);
const points = (field: string) => z.number().min(0, `${field} must be ≥ 0`).max(100, `${field} must be ≤ 100`);
const phrases = z.array(z.string().trim().min(1, 'list entries must not be empty'));

const europeanCountries = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'CH',
];

const defaultRoleAccounts = [
  'info',
  'sales',
  'hello',
  'hi',
  'partnerships',
  'partners',
  'team',
  'support',
  'contact',
  'contactus',
  'marketing',
  'admin',
  'administrator',
  'office',
  'hr',
  'jobs',
  'careers',
  'recruiting',
  'billing',
  'accounts',
  'accounting',
  'finance',
  'press',
  'media',
  'pr',
  'help',
  'helpdesk',
  'enquiries',
  'inquiries',
  'general',
  'mail',
  'noreply',
  'donotreply',
  'webmaster',
  'postmaster',
  'hostmaster',
  'abuse',
  'privacy',
  'legal',
  'security',
  'service',
  'customerservice',
  'feedback',
  'newsletter',
  'orders',
  'bookings',
  'events',
];

/** Component weights (SPEC §3.3): title 30, industry 25, size 20, location 10, completeness 5, intent cap 20. */
export const icpWeightsSchema = z.strictObject({
  title: points('weights.title').default(30),
  industry: points('weights.industry').default(25),
  companySize: points('weights.companySize').default(20),
  location: points('weights.location').default(10),
  completeness: points('weights.completeness').default(5),
  intent: points('weights.intent').default(20),
});

/** Share of the title weight per seniority level; a non-priority title earns `nonPriorityFactor` of it. */
export const seniorityCreditSchema = z.strictObject({
  owner: share('owner').default(1),
  founder: share('founder').default(1),
  c_suite: share('c_suite').default(1),
  partner: share('partner').default(5 / 6),
  vp: share('vp').default(5 / 6),
  head: share('head').default(5 / 6),
  director: share('director').default(2 / 3),
  manager: share('manager').default(0.4),
  senior: share('senior').default(0.2),
  individual_contributor: share('individual_contributor').default(0.1),
  entry: share('entry').default(0.1),
  intern: share('intern').default(0),
});

export const icpTitlesSchema = z.strictObject({
  priority: phrases.default([
    'Founder',
    'CEO',
    'COO',
    'CRO',
    'VP Sales',
    'VP Revenue',
    'VP Operations',
    'VP Marketing',
    'Head of Sales',
    'Head of Revenue',
    'Head of Operations',
    'Head of Marketing',
  ]),
  exclude: phrases.default(['assistant', 'intern', 'former', 'advisor', 'adviser']),
  seniorityCredit: seniorityCreditSchema.prefault({}),
  nonPriorityFactor: share('titles.nonPriorityFactor').default(0.5),
});

export const icpIndustriesSchema = z.strictObject({
  priority: phrases.default(['agency', 'staffing', 'recruiting', 'recruitment', 'consulting', 'e-commerce']),
  secondary: phrases.default([
    'professional services',
    'marketing',
    'advertising',
    'human resources',
    'retail',
    'saas',
    'software',
  ]),
  secondaryCredit: share('industries.secondaryCredit').default(0.6),
});

export const companySizeBandSchema = z
  .strictObject({
    min: z.number().int().min(0),
    max: z.number().int().min(0).nullable().default(null),
    credit: share('companySize.bands[].credit'),
  })
  .refine((band) => band.max === null || band.max >= band.min, { message: 'band max must be ≥ min', path: ['max'] });

export const icpCompanySizeSchema = z.strictObject({
  bands: z.array(companySizeBandSchema).default([
    { min: 51, max: 500, credit: 1 },
    { min: 21, max: 50, credit: 0.5 },
    { min: 501, max: 1000, credit: 0.5 },
    { min: 11, max: 20, credit: 0.25 },
    { min: 1001, max: 5000, credit: 0.25 },
  ]),
});

export const icpLocationSchema = z.strictObject({
  countries: phrases.default(['US', 'CA', 'GB']),
  regions: phrases.default([]),
  secondaryCountries: phrases.default([...europeanCountries, 'AU', 'NZ']),
  secondaryCredit: share('location.secondaryCredit').default(0.5),
});

export const icpExclusionsSchema = z.strictObject({
  customerDomains: phrases.default([]),
  customerEmails: phrases.default([]),
  competitorDomains: phrases.default([]),
});

/** The whole `icp:` section. Tiers must satisfy 100 ≥ tier1 ≥ tier2 ≥ tier3 ≥ 0. */
export const icpProfileSchema = z.strictObject({
  weights: icpWeightsSchema.prefault({}),
  multipliers: z
    .strictObject({
      priorityTitle: z.number().positive().max(10).default(1.5),
      priorityIndustry: z.number().positive().max(10).default(1.2),
    })
    .prefault({}),
  tiers: z
    .strictObject({
      tier1: points('tiers.tier1').default(80),
      tier2: points('tiers.tier2').default(60),
      tier3: points('tiers.tier3').default(40),
    })
    .refine((tiers) => tiers.tier1 >= tiers.tier2 && tiers.tier2 >= tiers.tier3, {
      message: 'tiers must satisfy tier1 ≥ tier2 ≥ tier3',
    })
    .prefault({}),
  titles: icpTitlesSchema.prefault({}),
  industries: icpIndustriesSchema.prefault({}),
  companySize: icpCompanySizeSchema.prefault({}),
  location: icpLocationSchema.prefault({}),
  intent: z.strictObject({ factor: z.number().min(0).max(1).default(0.2) }).prefault({}),
  roleAccounts: phrases.default(defaultRoleAccounts),
  exclusions: icpExclusionsSchema.prefault({}),
});

/** The resolved `icp:` section (structurally an `IcpProfile`). */
export type IcpProfileConfig = z.output<typeof icpProfileSchema>;
/** What a config file may write under `icp:` (every key optional). */
export type IcpProfileConfigInput = z.input<typeof icpProfileSchema>;
