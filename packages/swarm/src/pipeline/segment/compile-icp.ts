import { CaioError } from '../../domain/errors.js';
import { countryKey } from './country-code.js';
import { createDomainMatcher, type DomainMatcher } from './domain-matcher.js';
import type { IcpProfile, SeniorityLevel } from './icp-profile.js';
import { createIndustryMatcher, type IndustryMatcher } from './industry-matcher.js';
import { foldPhrase } from './phrase-tokens.js';
import { titleTokens } from './title-tokens.js';

/** A title phrase from the ICP and its canonical words. */
export interface TitlePattern {
  phrase: string;
  tokens: readonly string[];
}

/** What a title tells the scorer; cached per distinct title string. */
export interface TitleAnalysis {
  tokens: readonly string[];
  /** The level the title's words imply (see `seniorityFromTitleTokens`). */
  level: SeniorityLevel | null;
  /** The priority-title phrase the title contains, or null. */
  priorityPhrase: string | null;
}

/**
 * An {@link IcpProfile} prepared for fast scoring: lower-cased sets, token patterns, domain matchers
 * and lookup caches, built once by {@link compileIcp} and shared by every `scoreLead` call of a run.
 */
export interface CompiledIcp {
  readonly kind: 'compiled-icp';
  readonly profile: IcpProfile;
  readonly priorityTitles: readonly TitlePattern[];
  readonly excludedTitles: readonly TitlePattern[];
  readonly priorityIndustries: IndustryMatcher;
  readonly secondaryIndustries: IndustryMatcher;
  /** Country keys from `countryKey` (ISO alpha-2 when known). */
  readonly targetCountries: ReadonlySet<string>;
  readonly secondaryCountries: ReadonlySet<string>;
  /** Regions folded by `regionKey`. */
  readonly targetRegions: ReadonlySet<string>;
  /** Role-account local parts with `.`, `-`, `_` removed. */
  readonly roleAccounts: ReadonlySet<string>;
  readonly customerDomains: DomainMatcher;
  readonly competitorDomains: DomainMatcher;
  /** Lower-cased, trimmed addresses. */
  readonly customerEmails: ReadonlySet<string>;
  readonly titleCache: Map<string, TitleAnalysis>;
  /** Raw country value → `countryKey`; lead lists repeat a few dozen spellings. */
  readonly countryKeyCache: Map<string, string | null>;
}

/** Comparable form of a state/region name: folded, lower-case, single-spaced. */
export function regionKey(value: string): string {
  return foldPhrase(value).trim();
}

/** Comparable form of an email local part for role-account checks: no `+tag`, no `.`, `-`, `_`. */
export function roleAccountKey(localPart: string): string {
  return localPart
    .toLowerCase()
    .split('+')[0]!
    .replace(/[^a-z0-9]/g, '');
}

function toTitlePatterns(phrases: readonly string[]): TitlePattern[] {
  return phrases
    .map((phrase) => ({ phrase, tokens: titleTokens(phrase) }))
    .filter((pattern) => pattern.tokens.length > 0);
}

function keySet(values: readonly string[], toKey: (value: string) => string | null): Set<string> {
  const keys = new Set<string>();
  for (const value of values) {
    const key = toKey(value);
    if (key) keys.add(key);
  }
  return keys;
}

function assertValid(icp: IcpProfile): void {
  const problems: string[] = [];
  for (const [name, weight] of Object.entries(icp.weights)) {
    if (!Number.isFinite(weight) || weight < 0) problems.push(`weights.${name} must be a number ≥ 0`);
  }
  for (const [name, factor] of Object.entries(icp.multipliers)) {
    if (!Number.isFinite(factor) || factor <= 0) problems.push(`multipliers.${name} must be a number > 0`);
  }
  const { tier1, tier2, tier3 } = icp.tiers;
  if (!(tier1 >= tier2 && tier2 >= tier3 && tier3 >= 0 && tier1 <= 100)) {
    problems.push(`tiers must satisfy 100 ≥ tier1 ≥ tier2 ≥ tier3 ≥ 0 (got ${tier1}, ${tier2}, ${tier3})`);
  }
  if (problems.length > 0) {
    throw new CaioError('config_invalid', `Invalid ICP profile: ${problems.join('; ')}. Fix the icp section.`, {
      details: { problems },
    });
  }
}

/**
 * Prepares an ICP for scoring (SPEC §3.3). Call once per run and pass the result to every `scoreLead`.
 *
 * @throws CaioError `config_invalid` when weights are negative, multipliers not positive or tiers out of order.
 */
export function compileIcp(icp: IcpProfile): CompiledIcp {
  assertValid(icp);
  return {
    kind: 'compiled-icp',
    profile: icp,
    priorityTitles: toTitlePatterns(icp.titles.priority),
    excludedTitles: toTitlePatterns(icp.titles.exclude),
    priorityIndustries: createIndustryMatcher(icp.industries.priority),
    secondaryIndustries: createIndustryMatcher(icp.industries.secondary),
    targetCountries: keySet(icp.location.countries, countryKey),
    secondaryCountries: keySet(icp.location.secondaryCountries, countryKey),
    targetRegions: keySet(icp.location.regions, regionKey),
    roleAccounts: keySet(icp.roleAccounts, roleAccountKey),
    customerDomains: createDomainMatcher(icp.exclusions.customerDomains),
    competitorDomains: createDomainMatcher(icp.exclusions.competitorDomains),
    customerEmails: keySet(icp.exclusions.customerEmails, (email) => email.trim().toLowerCase()),
    titleCache: new Map(),
    countryKeyCache: new Map(),
  };
}
