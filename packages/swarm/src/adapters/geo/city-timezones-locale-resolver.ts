import { cityMapping, lookupViaCity, type CityData } from 'city-timezones';
import { getCountry } from 'countries-and-timezones';
import Holidays from 'date-holidays';
import type { RecipientLocale, RecipientLocaleResolver, RecipientLocation } from '../../ports/recipient-locale.js';
import { foldPlaceName } from '../../domain/fold-place-name.js';
import { countryCodeOf } from './country-code.js';

function largest(cities: readonly CityData[]): CityData | null {
  let best: CityData | null = null;
  for (const city of cities) if (best === null || city.pop > best.pop) best = city;
  return best;
}

function inState(city: CityData, state: string): boolean {
  const folded = foldPlaceName(state);
  return foldPlaceName(city.province) === folded || foldPlaceName(city.state_ansi ?? '') === folded;
}

/**
 * The holiday-calendar region code (`date-holidays` subdivision, e.g. `BY`, `CA`) for a state given
 * as a code or a name, else for the matched city's province; null when neither matches.
 */
function regionCodeOf(countryCode: string, state: string | null, city: CityData | null): string | null {
  const regions = new Holidays().getStates(countryCode) ?? {};
  const candidates = [state, city?.state_ansi, city?.province].filter((value): value is string => Boolean(value));
  for (const candidate of candidates) {
    const folded = foldPlaceName(candidate);
    for (const [code, name] of Object.entries(regions)) {
      if (code.toLowerCase() === folded || foldPlaceName(name) === folded) return code;
    }
  }
  return null;
}

/**
 * A {@link RecipientLocaleResolver} over maintained datasets: `city-timezones` (MIT; cities with
 * IANA zone, ISO country and province) for the zone, `countries-and-timezones` (MIT) for country names
 * and single-zone countries, and `date-holidays` (ISC) for region codes. Match order, recorded in
 * `source`: city within the state → city within the country → the state's largest city → the
 * country's only zone → the country's largest city → the city alone (largest of that name).
 */
export function createCityTimezonesLocaleResolver(): RecipientLocaleResolver {
  return {
    resolve(location: RecipientLocation): RecipientLocale | null {
      const countryCode = countryCodeOf(location.country);
      const state = location.state?.trim() || null;
      const cityName = location.city?.trim() || null;
      const named = cityName ? lookupViaCity(cityName) : [];
      const inCountry = countryCode ? named.filter((city) => city.iso2 === countryCode) : [];
      const attempts: [CityData | null, string][] = [
        [state ? largest(inCountry.filter((city) => inState(city, state))) : null, 'city+state'],
        [largest(inCountry), 'city+country'],
        [
          state && countryCode
            ? largest(cityMapping.filter((city) => city.iso2 === countryCode && inState(city, state)))
            : null,
          'state-largest-city',
        ],
      ];
      for (const [city, rule] of attempts) {
        if (city) return located(city.timezone, city.iso2, state, city, `city-timezones:${rule}`);
      }
      if (countryCode) {
        const zones = getCountry(countryCode)?.timezones ?? [];
        if (zones.length === 1) {
          return located(zones[0] as string, countryCode, state, null, 'countries-and-timezones:country');
        }
        const biggest = largest(cityMapping.filter((city) => city.iso2 === countryCode));
        if (biggest)
          return located(biggest.timezone, countryCode, state, biggest, 'city-timezones:country-largest-city');
        return null;
      }
      const onlyCity = largest(named);
      return onlyCity ? located(onlyCity.timezone, onlyCity.iso2, state, onlyCity, 'city-timezones:city-only') : null;
    },
  };
}

function located(
  timeZone: string,
  countryCode: string,
  state: string | null,
  city: CityData | null,
  source: string,
): RecipientLocale {
  return { timeZone, countryCode, regionCode: regionCodeOf(countryCode, state, city), source };
}
