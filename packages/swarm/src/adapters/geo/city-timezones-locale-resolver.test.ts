import { describe, expect, it } from 'vitest';
import { createCityTimezonesLocaleResolver } from './city-timezones-locale-resolver.js';

const resolver = createCityTimezonesLocaleResolver();

describe('createCityTimezonesLocaleResolver', () => {
  it('SPEC 3.7: a city is disambiguated by state (Springfield, MO vs MA) and the region code is recorded', () => {
    expect(resolver.resolve({ city: 'Springfield', state: 'MO', country: 'USA' })).toEqual({
      timeZone: 'America/Chicago',
      countryCode: 'US',
      regionCode: 'MO',
      source: 'city-timezones:city+state',
    });
    expect(resolver.resolve({ city: 'Springfield', state: 'Massachusetts', country: 'United States' })?.timeZone).toBe(
      'America/New_York',
    );
  });

  it('SPEC 3.7: the holiday region comes from the city province when no state is given (München → BY)', () => {
    expect(resolver.resolve({ city: 'Munich', state: null, country: 'Germany' })).toMatchObject({
      timeZone: 'Europe/Berlin',
      countryCode: 'DE',
      regionCode: 'BY',
    });
  });

  it('SPEC 3.7: without a city, a state picks its largest city zone, a one-zone country its zone', () => {
    expect(resolver.resolve({ city: null, state: 'CA', country: 'US' })).toMatchObject({
      timeZone: 'America/Los_Angeles',
      regionCode: 'CA',
      source: 'city-timezones:state-largest-city',
    });
    expect(resolver.resolve({ city: null, state: null, country: 'FR' })).toMatchObject({
      timeZone: 'Europe/Paris',
      source: 'countries-and-timezones:country',
    });
  });

  it('returns null when nothing is known', () => {
    expect(resolver.resolve({ city: null, state: null, country: null })).toBeNull();
    expect(resolver.resolve({ city: 'Nowhereville Zzz', state: null, country: 'Atlantis' })).toBeNull();
  });
});
