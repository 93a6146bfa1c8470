import type { CompiledIcp } from './compile-icp.js';
import { formatPoints, roundPoints } from './format-points.js';
import type { ComponentScore, ScoreLeadInput } from './scoring-input.js';

/**
 * Company-size component (SPEC §3.3, weight 20): the first `companySize.bands` entry whose inclusive
 * range holds the employee count earns `credit` of the weight. The company's count wins over the lead
 * row's; an unknown, negative or non-numeric count scores 0.
 */
export function scoreCompanySize(input: ScoreLeadInput, icp: CompiledIcp): ComponentScore {
  const { weights, companySize } = icp.profile;
  const count = input.company?.employeeCount ?? input.lead.employeeCount ?? null;
  if (count === null || !Number.isFinite(count) || count < 0) {
    return { points: 0, reason: `${formatPoints(0)} size: employee count unknown` };
  }
  const band = companySize.bands.find(
    (candidate) => count >= candidate.min && (candidate.max === null || count <= candidate.max),
  );
  if (!band) return { points: 0, reason: `${formatPoints(0)} size: ${count} employees is outside the target bands` };
  const points = roundPoints(weights.companySize * band.credit);
  const range = band.max === null ? `${band.min}+` : `${band.min}–${band.max}`;
  return { points, reason: `${formatPoints(points)} size: ${count} employees in band ${range}` };
}
