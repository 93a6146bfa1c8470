import type { CompiledIcp } from './compile-icp.js';
import { formatPoints, roundPoints } from './format-points.js';
import type { ComponentScore, ScoreLeadInput } from './scoring-input.js';

function present(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Data-completeness component (SPEC §3.3, weight 5): an equal share of the weight for each of five facts
 * a rep needs — email, LinkedIn URL, full name (first and last), title, and company (domain or name).
 */
export function scoreCompleteness(input: ScoreLeadInput, icp: CompiledIcp): ComponentScore {
  const { lead } = input;
  const company = input.company ?? {};
  const facts: readonly (readonly [string, boolean])[] = [
    ['email', present(lead.email)],
    ['LinkedIn URL', present(lead.linkedinUrl)],
    ['full name', present(lead.firstName) && present(lead.lastName)],
    ['title', present(lead.title)],
    [
      'company',
      present(company.domain) || present(company.name) || present(lead.companyDomain) || present(lead.companyName),
    ],
  ];
  const missing = facts.filter(([, isPresent]) => !isPresent).map(([name]) => name);
  const presentCount = facts.length - missing.length;
  const points = roundPoints((icp.profile.weights.completeness * presentCount) / facts.length);
  const detail =
    missing.length === 0 ? 'all 5 facts present' : `${presentCount} of 5 facts (missing ${missing.join(', ')})`;
  return { points, reason: `${formatPoints(points)} completeness: ${detail}` };
}
