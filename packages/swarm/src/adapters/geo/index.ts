export { createCityTimezonesLocaleResolver } from './city-timezones-locale-resolver.js';
export { countryCodeOf } from './country-code.js';
