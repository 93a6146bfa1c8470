import type { CompiledIcp } from './compile-icp.js';
import { formatPoints, roundPoints } from './format-points.js';
import type { ComponentScore, ScoreLeadInput } from './scoring-input.js';

/** The industry component plus whether it earns the priority-industry multiplier. */
export interface IndustryScore extends ComponentScore {
  isPriority: boolean;
}

function industryValues(input: ScoreLeadInput): string[] {
  const company = input.company ?? {};
  const candidates = [input.lead.industry, company.industry, company.subIndustry, ...(company.tags ?? [])];
  const values: string[] = [];
  for (const candidate of candidates) {
    const trimmed = candidate?.trim();
    if (trimmed && !values.includes(trimmed)) values.push(trimmed);
  }
  return values;
}

/**
 * Industry component (SPEC §3.3, weight 25), matched whole-word on the lead's industry, the company's
 * industry, sub-industry and every tag: a priority industry earns the full weight and the
 * priority-industry multiplier, a secondary industry `secondaryCredit` of it, anything else 0.
 */
export function scoreIndustry(input: ScoreLeadInput, icp: CompiledIcp): IndustryScore {
  const { weights, industries } = icp.profile;
  const values = industryValues(input);
  if (values.length === 0)
    return { points: 0, isPriority: false, reason: `${formatPoints(0)} industry: industry unknown` };
  const priority = icp.priorityIndustries.match(values);
  if (priority) {
    const points = roundPoints(weights.industry);
    const reason = `${formatPoints(points)} industry: ${priority.value} matches priority industry (${priority.phrase})`;
    return { points, isPriority: true, reason };
  }
  const secondary = icp.secondaryIndustries.match(values);
  if (secondary) {
    const points = roundPoints(weights.industry * industries.secondaryCredit);
    const reason = `${formatPoints(points)} industry: ${secondary.value} matches secondary industry (${secondary.phrase})`;
    return { points, isPriority: false, reason };
  }
  const shown = values.slice(0, 3).join(', ') + (values.length > 3 ? ', …' : '');
  return { points: 0, isPriority: false, reason: `${formatPoints(0)} industry: ${shown} is not a target industry` };
}
