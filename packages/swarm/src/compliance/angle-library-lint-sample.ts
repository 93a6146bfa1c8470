import type { Tier } from '../domain/lead.js';
import type { SenderIdentity, TemplateContext } from '../pipeline/craft/index.js';

/** The sending identity and links a library lint renders every template with. */
export interface AngleLibraryLintSample {
  sender: SenderIdentity;
  bookingLink: string;
  /** An unsubscribe link of the `{base}/u/{token}` form; the lint checks the body carries exactly it. */
  unsubscribeUrl: string;
}

/**
 * A realistic but fictional sender (reserved `.example` domains) for linting templates without a
 * configuration. `caio templates lint` passes the configured sender instead, so a placeholder postal
 * address in the config is reported too.
 */
export const angleLibraryLintSample: AngleLibraryLintSample = {
  sender: {
    name: 'Dana Reviewer',
    title: 'Head of Partnerships',
    company: 'Northwind Analytics Ltd',
    postalAddress: '12 Harbour Road, Bristol BS1 4QA, United Kingdom',
  },
  bookingLink: 'https://cal.example.com/dana/20min',
  unsubscribeUrl: 'https://caio.example.com/u/AQAAAABsaW50LXNhbXBsZS10b2tlbg',
};

/** Which template-context key each evidence kind of `resources/angles.yaml` feeds. */
const contextKeyByKind: Readonly<Record<string, keyof TemplateContext>> = {
  'lead.title': 'title',
  'company.industry': 'industry',
  'company.description': 'oneLiner',
  'company.city': 'city',
  'company.employeeCount': 'teamSizeText',
  'signal.hiring': 'hiring',
  'signal.funding': 'funding',
  'signal.product_launch': 'launch',
  'signal.leadership_change': 'leadershipChange',
  'signal.website_activity': 'websiteVisit',
};

/**
 * A template context for the lint. `facts: 'all'` fills every optional fact (every `{{#if}}` branch
 * renders); `'required'` keeps only the kinds in `requires` (the thinnest evidence the crafter
 * allows), so both branches of each optional block are exercised.
 */
export function lintTemplateContext(
  sample: AngleLibraryLintSample,
  options: { tier: Tier | null; requires: readonly string[]; facts: 'all' | 'required' },
): TemplateContext {
  const full: TemplateContext = {
    firstName: 'Grace',
    companyName: 'Contoso Logistics',
    title: 'VP Operations',
    focusArea: 'operations',
    industry: 'logistics',
    oneLiner: 'route planning for regional carriers',
    city: 'Leeds',
    teamSizeText: 'about 40 people',
    hiring: { detail: 'three open roles in operations' },
    funding: { amountText: '$12M' },
    launch: { detail: 'a new customer portal' },
    leadershipChange: { detail: 'a new COO' },
    websiteVisit: { detail: 'the pricing page' },
    sender: { name: sample.sender.name, title: sample.sender.title, company: sample.sender.company },
    bookingLink: sample.bookingLink,
    tier: options.tier,
    rejection: { count: 0, reasons: [], latestReason: null },
  };
  if (options.facts === 'all') return full;
  const kept = new Set(options.requires.map((kind) => contextKeyByKind[kind]));
  const thin: Record<string, unknown> = { ...full };
  for (const key of Object.values(contextKeyByKind)) if (!kept.has(key)) thin[key] = null;
  return thin as unknown as TemplateContext;
}
