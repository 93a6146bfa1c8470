import { getAllCountries } from 'countries-and-timezones';
import { foldPlaceName } from '../../domain/fold-place-name.js';

/** Common names the `countries-and-timezones` dataset spells differently. */
const aliases: Readonly<Record<string, string>> = {
  usa: 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  'u.k.': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'great britain': 'GB',
  deutschland: 'DE',
  holland: 'NL',
  'the netherlands': 'NL',
  'south korea': 'KR',
  uae: 'AE',
};

let byName: Map<string, string> | null = null;

/**
 * ISO 3166-1 alpha-2 code of a free-text country (`DE`, `Germany`, `USA`, `Deutschland`), using the
 * `countries-and-timezones` country list plus a few aliases; null when unknown.
 */
export function countryCodeOf(country: string | null): string | null {
  if (!country || country.trim() === '') return null;
  if (byName === null) {
    byName = new Map();
    for (const [code, entry] of Object.entries(getAllCountries())) {
      byName.set(foldPlaceName(entry.name), code);
      byName.set(code.toLowerCase(), code);
    }
  }
  const folded = foldPlaceName(country);
  return aliases[folded] ?? byName.get(folded) ?? null;
}
