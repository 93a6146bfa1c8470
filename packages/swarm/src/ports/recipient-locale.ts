/** Where a recipient is, as the lead record states it (free text; any of the three may be missing). */
export interface RecipientLocation {
  city: string | null;
  state: string | null;
  country: string | null;
}

/**
 * A recipient's time zone and holiday region, derived from their location with a maintained dataset
 * (SPEC §3.7 "stored with their source").
 */
export interface RecipientLocale {
  /** IANA zone, e.g. `America/Chicago`. */
  timeZone: string;
  /** ISO 3166-1 alpha-2, upper-case, or null when the country is unknown. */
  countryCode: string | null;
  /** Subdivision code as the holiday calendar knows it (e.g. `BY`, `CA`), or null. */
  regionCode: string | null;
  /** Dataset and match rule that produced the zone, e.g. `city-timezones@1.3.4:city+state`. */
  source: string;
}

/** Derives a recipient's zone and region; null when nothing usable is known. Never throws on bad input. */
export interface RecipientLocaleResolver {
  resolve(location: RecipientLocation): RecipientLocale | null;
}
