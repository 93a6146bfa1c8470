/** Public holidays by country and region (SPEC §3.7: sends skip the recipient region's public holidays). */
export interface HolidayCalendar {
  /**
   * The name of the public holiday on `localDate` (`YYYY-MM-DD`, the recipient's calendar date) in
   * `countryCode` (ISO 3166-1 alpha-2) and optional `regionCode`, or null on a normal day or an
   * unknown country.
   */
  publicHolidayOn(localDate: string, countryCode: string, regionCode: string | null): string | null;
}
