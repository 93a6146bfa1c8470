import type { CompanyProfile } from '../../../domain/company.js';
import type { Tier } from '../../../domain/lead.js';
import type { IntentSignal } from '../../../domain/signal.js';
import type { CraftFirstTouchInput, CraftLead, SenderIdentity } from '../craft-input.js';

/** Real startups, synthetic people (see README.md for provenance). */
export interface SampleLead {
  lead: CraftLead;
  company: CompanyProfile;
  tier: Tier;
  signals: IntentSignal[];
}

const updatedAt = new Date('2026-01-20T10:00:00.000Z');
const hiring = (source: string): IntentSignal => ({
  kind: 'hiring',
  date: '2026-01-14',
  source,
  detail: 'isHiring=true',
});
const ycSource = 'yc-companies.csv (isHiring flag at snapshot)';

function company(partial: Partial<CompanyProfile> & Pick<CompanyProfile, 'name' | 'domain'>): CompanyProfile {
  return {
    industry: null,
    subIndustry: null,
    tags: [],
    employeeCount: null,
    city: null,
    region: null,
    country: null,
    status: 'active',
    description: null,
    ...partial,
  };
}

function lead(id: string, firstName: string | null, title: string | null, companyName: string): CraftLead {
  return {
    id,
    firstName,
    lastName: 'Example',
    title,
    companyName,
    industry: null,
    employeeCount: null,
    city: null,
    source: 'csv:sample-leads.csv',
    updatedAt,
  };
}

export const sampleLeads: SampleLead[] = [
  {
    lead: lead('lead-circuithub', 'Grace', 'VP Operations', 'CircuitHub'),
    company: company({
      name: 'CircuitHub',
      domain: 'circuithub.com',
      description: 'On-Demand Electronics Manufacturing',
      industry: 'Industrials',
      employeeCount: 58,
      city: 'London',
      country: 'United Kingdom',
    }),
    tier: 'tier_1',
    signals: [hiring(ycSource)],
  },
  {
    lead: lead('lead-goldbely', 'Tariq', 'Head of Marketing', 'Goldbely'),
    company: company({
      name: 'Goldbely',
      domain: 'goldbely.com',
      description:
        "Goldbely is an e-commerce site for buying and discovering America's best handmade gourmet food & gifts.",
      industry: 'E-Commerce',
      city: 'San Francisco',
    }),
    tier: 'tier_1',
    signals: [
      {
        kind: 'funding',
        date: null,
        source: 'yc-startups-funding-2005-2014.csv',
        detail: 'rounds=1;total_disclosed_usd=3000000',
      },
    ],
  },
  {
    lead: lead('lead-novoflow', '   ', 'CEO', 'Novoflow'),
    company: company({
      name: 'Novoflow',
      domain: 'novoflow.io',
      description: 'AI employees that automate medical operations for clinics. ',
      industry: 'Healthcare',
      employeeCount: 6,
    }),
    tier: 'tier_2',
    signals: [hiring(ycSource)],
  },
  {
    lead: lead('lead-depot', 'Nour', 'Business Development Representative', 'Depot'),
    company: company({
      name: 'Depot',
      domain: 'depot.dev',
      description: 'Build faster. Waste less time.',
      industry: 'B2B',
      employeeCount: 8,
    }),
    tier: 'tier_3',
    signals: [hiring(ycSource)],
  },
  {
    lead: lead('lead-truenorth', null, null, 'TrueNorth'),
    company: company({
      name: 'TrueNorth',
      domain: 'truenorthfleet.com',
      description: 'TrueNorth gives truckers a single place to manage their business.',
      industry: 'B2B',
      employeeCount: 60,
      city: 'San Francisco',
    }),
    tier: 'tier_3',
    signals: [],
  },
  {
    lead: lead('lead-arcten', 'Aarav', 'CTO', 'Arcten'),
    company: company({
      name: 'Arcten',
      domain: 'arcten.com',
      description: 'We make any product AI-native in an afternoon',
      industry: 'B2B',
      employeeCount: 2,
      city: 'San Francisco',
    }),
    tier: 'tier_2',
    signals: [],
  },
];

export const sampleSender: SenderIdentity = {
  name: 'Dana Sender',
  title: 'Chief AI Officer',
  company: 'Example Advisory',
  postalAddress: '500 Example Avenue, Suite 2, Springfield, ZZ 00001, USA',
};

export const sampleBookingLink = 'https://book.example.com/dana';
export const sampleUnsubscribeUrl = 'https://mail.example.com/u/AQAAAAB0b2tlbg';

/** A complete craft input for one sample. */
export function craftInputFor(sample: SampleLead, overrides: Partial<CraftFirstTouchInput> = {}): CraftFirstTouchInput {
  return {
    lead: sample.lead,
    company: sample.company,
    score: { tier: sample.tier },
    signals: sample.signals,
    evidence: [],
    sender: sampleSender,
    bookingLink: sampleBookingLink,
    unsubscribeUrl: sampleUnsubscribeUrl,
    ...overrides,
  };
}
