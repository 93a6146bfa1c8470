import { regionKey, type CompiledIcp } from './compile-icp.js';
import { countryKey } from './country-code.js';
import { formatPoints, roundPoints } from './format-points.js';
import type { ComponentScore, ScoreLeadInput } from './scoring-input.js';

/**
 * Location component (SPEC §3.3, weight 10): full weight for a target region (state/province) or target
 * country, `secondaryCredit` of it for a secondary country, else 0. Countries compare by ISO code, so
 * "USA", "United States of America" and "US" are one country. The lead's own location wins over the
 * company's.
 */
export function scoreLocation(input: ScoreLeadInput, icp: CompiledIcp): ComponentScore {
  const { weights, location } = icp.profile;
  const country = input.lead.country?.trim() || input.company?.country?.trim() || '';
  const region = input.lead.state?.trim() || input.company?.region?.trim() || '';
  if (region !== '' && icp.targetRegions.has(regionKey(region))) {
    const points = roundPoints(weights.location);
    return { points, reason: `${formatPoints(points)} location: ${region} is a target region` };
  }
  let key = icp.countryKeyCache.get(country);
  if (key === undefined) {
    key = countryKey(country);
    if (icp.countryKeyCache.size < 10_000) icp.countryKeyCache.set(country, key);
  }
  if (key === null) {
    return { points: 0, reason: `${formatPoints(0)} location: country unknown` };
  }
  if (icp.targetCountries.has(key)) {
    const points = roundPoints(weights.location);
    return { points, reason: `${formatPoints(points)} location: ${country} is a target country` };
  }
  if (icp.secondaryCountries.has(key)) {
    const points = roundPoints(weights.location * location.secondaryCredit);
    return { points, reason: `${formatPoints(points)} location: ${country} is a secondary country` };
  }
  return { points: 0, reason: `${formatPoints(0)} location: ${country} is not a target location` };
}
