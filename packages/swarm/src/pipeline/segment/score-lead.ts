import type { Tier } from '../../domain/lead.js';
import type { Disqualification, ScoreComponents, ScoreResult } from '../../domain/score.js';
import { compileIcp, type CompiledIcp } from './compile-icp.js';
import { findDisqualifications } from './find-disqualifications.js';
import { roundPoints } from './format-points.js';
import type { IcpProfile } from './icp-profile.js';
import { scoreCompanySize } from './score-company-size.js';
import { scoreCompleteness } from './score-completeness.js';
import { scoreIndustry } from './score-industry.js';
import { scoreIntent } from './score-intent.js';
import { scoreLocation } from './score-location.js';
import { scoreTitle } from './score-title.js';
import type { ScoreLeadInput, ScoringContext } from './scoring-input.js';

const compiledProfiles = new WeakMap<IcpProfile, CompiledIcp>();

function asCompiled(icp: IcpProfile | CompiledIcp): CompiledIcp {
  if ('kind' in icp && icp.kind === 'compiled-icp') return icp;
  const profile = icp as IcpProfile;
  let compiled = compiledProfiles.get(profile);
  if (!compiled) {
    compiled = compileIcp(profile);
    compiledProfiles.set(profile, compiled);
  }
  return compiled;
}

function tierFor(score: number, tiers: IcpProfile['tiers']): Tier | null {
  if (score >= tiers.tier1) return 'tier_1';
  if (score >= tiers.tier2) return 'tier_2';
  if (score >= tiers.tier3) return 'tier_3';
  return null;
}

/**
 * Scores one lead against the ICP (SPEC §3.3). Components (title/seniority 30, industry 25, company size
 * 20, location 10, completeness 5, intent ≤ 20) are summed, multiplied by the priority-title (1.5×) and
 * priority-industry (1.2×) multipliers, capped at 100 and rounded to a whole number; tier_1 ≥ 80,
 * tier_2 ≥ 60, tier_3 ≥ 40, else disqualified `below_floor`. The other disqualification rules
 * (exclusions, role account, inactive company, no contact channel) win over the tier, but every
 * component is still computed and explained in `reasons`. Null-safe; pure; never throws for lead data.
 *
 * Pass the result of `compileIcp(icp)` when scoring many leads; a raw profile is compiled once and
 * cached per profile object.
 *
 * @throws CaioError `config_invalid` when a raw profile fails `compileIcp`'s checks.
 * @example scoreLead({ lead, company, signals }, compileIcp(defaultIcpProfile), { now, suppressedEmails: new Set() })
 */
export function scoreLead(input: ScoreLeadInput, icp: IcpProfile | CompiledIcp, context: ScoringContext): ScoreResult {
  const compiled = asCompiled(icp);
  const { multipliers: settings, tiers } = compiled.profile;
  const title = scoreTitle(input.lead, compiled);
  const industry = scoreIndustry(input, compiled);
  const companySize = scoreCompanySize(input, compiled);
  const location = scoreLocation(input, compiled);
  const completeness = scoreCompleteness(input, compiled);
  const intent = scoreIntent(input, compiled, context);
  const components: ScoreComponents = {
    title: title.points,
    industry: industry.points,
    companySize: companySize.points,
    location: location.points,
    completeness: completeness.points,
    intent: intent.points,
  };
  const reasons = [title.reason, industry.reason, companySize.reason, location.reason, completeness.reason];
  reasons.push(...intent.reasons);

  const total = roundPoints(Object.values(components).reduce((sum, points) => sum + points, 0));
  const multipliers: Record<string, number> = {};
  let multiplied = total;
  if (title.isPriority && settings.priorityTitle !== 1) {
    multipliers.priorityTitle = settings.priorityTitle;
    multiplied *= settings.priorityTitle;
    reasons.push(`×${settings.priorityTitle} priority title`);
  }
  if (industry.isPriority && settings.priorityIndustry !== 1) {
    multipliers.priorityIndustry = settings.priorityIndustry;
    multiplied *= settings.priorityIndustry;
    reasons.push(`×${settings.priorityIndustry} priority industry`);
  }
  if (multiplied > 100) reasons.push(`capped at 100 (was ${roundPoints(multiplied)})`);
  const score = Math.max(0, Math.round(Math.min(100, multiplied)));

  const ruleMatches = findDisqualifications(input, compiled, context);
  const tier = tierFor(score, tiers);
  if (tier === null) {
    ruleMatches.push({ rule: 'below_floor', detail: `score ${score} is below the floor of ${tiers.tier3}` });
  }
  const disqualification: Disqualification | null = ruleMatches[0] ?? null;
  for (const match of ruleMatches) reasons.push(`disqualified (${match.rule}): ${match.detail}`);
  reasons.push(disqualification ? `= ${score}, disqualified (${disqualification.rule})` : `= ${score} → ${tier}`);

  return {
    score,
    tier: disqualification ? null : tier,
    components,
    multipliers,
    intentScore: intent.intent.score,
    reasons,
    disqualification,
  };
}
