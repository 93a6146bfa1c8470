export type {
  IcpProfile,
  IcpWeights,
  IcpTitleRules,
  IcpIndustryRules,
  IcpLocationRules,
  IcpExclusions,
  CompanySizeBand,
  SeniorityLevel,
} from './icp-profile.js';
export { seniorityLevels } from './icp-profile.js';
export { defaultIcpProfile } from './default-icp-profile.js';
export { compileIcp, type CompiledIcp } from './compile-icp.js';
export { scoreLead } from './score-lead.js';
export type { ScoreLeadInput, ScoringContext, ScoringLead } from './scoring-input.js';
export {
  computeIntentScore,
  intentFullWindowDays,
  intentHalfWindowDays,
  type IntentContribution,
  type IntentScore,
  type IntentScoreOptions,
} from './intent-score.js';
export { createDomainMatcher, isDomainOrSubdomain, normaliseDomain, type DomainMatcher } from './domain-matcher.js';
export { countryKey } from './country-code.js';
export { titleTokens } from './title-tokens.js';
