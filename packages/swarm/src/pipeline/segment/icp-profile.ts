/**
 * Seniority levels the title/seniority component understands, highest first (SPEC §3.3). Values of the
 * Apollo-style `seniority` column (`c_suite`, `vp`, `head`, `director`, `manager`, `senior`, `entry`,
 * `intern`, `owner`, `founder`, `partner`) and `individual_contributor` map onto these directly.
 */
export const seniorityLevels = [
  'owner',
  'founder',
  'c_suite',
  'partner',
  'vp',
  'head',
  'director',
  'manager',
  'senior',
  'individual_contributor',
  'entry',
  'intern',
] as const;
export type SeniorityLevel = (typeof seniorityLevels)[number];

/** Component weights: the most points each component can add before multipliers (SPEC §3.3). */
export interface IcpWeights {
  /** Title/seniority; default 30. */
  title: number;
  /** Industry, matched on industry, sub-industry and tags; default 25. */
  industry: number;
  /** Company size band; default 20. */
  companySize: number;
  /** Location; default 10. */
  location: number;
  /** Data completeness; default 5. */
  completeness: number;
  /** Cap on the intent contribution (intent score × `intent.factor`); default 20. */
  intent: number;
}

/** Title rules. Patterns are phrases ("VP Sales", "Head of Revenue", "CRO"), matched token-wise. */
export interface IcpTitleRules {
  /** A title containing every word of one of these phrases (after synonym folding) is a priority title. */
  priority: readonly string[];
  /** A title containing one of these phrases is never a priority title (e.g. "Assistant to the CEO"). */
  exclude: readonly string[];
  /** Share (0–1) of the title weight a lead earns for its seniority level when its title is a priority title. */
  seniorityCredit: Readonly<Record<SeniorityLevel, number>>;
  /** Factor (0–1) on `seniorityCredit` when the title is not a priority title; default 0.5. */
  nonPriorityFactor: number;
}

/** Industry rules; phrases are matched whole-word against industry, sub-industry and every tag. */
export interface IcpIndustryRules {
  /** Full industry weight and the priority-industry multiplier. */
  priority: readonly string[];
  /** `secondaryCredit` of the industry weight, no multiplier. */
  secondary: readonly string[];
  /** Share (0–1) of the industry weight for a secondary industry; default 0.6. */
  secondaryCredit: number;
}

/** One employee-count band; `max: null` is open-ended. Bounds are inclusive. */
export interface CompanySizeBand {
  min: number;
  max: number | null;
  /** Share (0–1) of the company-size weight. */
  credit: number;
}

/** Location rules. Countries accept ISO 3166-1 alpha-2 codes or common names ("USA", "United Kingdom"). */
export interface IcpLocationRules {
  /** Full location weight. */
  countries: readonly string[];
  /** States/regions (e.g. "California", "CA", "Ontario") that earn full weight wherever the country. */
  regions: readonly string[];
  /** `secondaryCredit` of the location weight. */
  secondaryCountries: readonly string[];
  /** Share (0–1) of the location weight for a secondary country; default 0.5. */
  secondaryCredit: number;
}

/** Exclusions (SPEC §3.3): an excluded lead is disqualified with the rule that matched. */
export interface IcpExclusions {
  /** Matches the apex and every subdomain of the lead's email domain or company domain (`customer_domain`). */
  customerDomains: readonly string[];
  /** Individual customer addresses, compared lower-cased and trimmed (`customer_email`). */
  customerEmails: readonly string[];
  /** Matches apex and subdomains like customer domains (`competitor_domain`). */
  competitorDomains: readonly string[];
}

/**
 * The Ideal Customer Profile (SPEC §3.3): everything that decides a lead's score, tier and
 * disqualification. Build it with `defaultIcpProfile` or parse it from config (`config/icp-schema.ts`
 * produces a structurally identical object); score with `scoreLead` after `compileIcp`.
 */
export interface IcpProfile {
  weights: IcpWeights;
  /** Multipliers on the TOTAL before the cap at 100; defaults 1.5 and 1.2. */
  multipliers: { priorityTitle: number; priorityIndustry: number };
  /** Tier thresholds on the final score: tier_1 ≥ tier1 (80), tier_2 ≥ tier2 (60), tier_3 ≥ tier3 (40), else `below_floor`. */
  tiers: { tier1: number; tier2: number; tier3: number };
  titles: IcpTitleRules;
  industries: IcpIndustryRules;
  companySize: { bands: readonly CompanySizeBand[] };
  location: IcpLocationRules;
  /** `factor` converts the 0–100 intent score into ICP points (default 0.2), capped at `weights.intent`. */
  intent: { factor: number };
  /** Email local parts that mark a shared mailbox (`role_account`); compared ignoring `.`, `-`, `_` and `+tag`. */
  roleAccounts: readonly string[];
  exclusions: IcpExclusions;
}
