import Holidays from 'date-holidays';
import type { HolidayCalendar } from '../../ports/holiday-calendar.js';

/**
 * A {@link HolidayCalendar} over the maintained `date-holidays` dataset (ISC + CC-BY-3.0; 200+
 * countries with their states/regions). Counts only holidays of type `public` (days off by law),
 * not bank, school, optional or observance days. Each (country, region, year) is computed once and
 * cached. An unknown region falls back to the country's national holidays; an unknown country has
 * none.
 */
export function createDateHolidaysCalendar(): HolidayCalendar {
  const byKey = new Map<string, ReadonlyMap<string, string>>();

  function holidaysOf(countryCode: string, regionCode: string | null, year: number): ReadonlyMap<string, string> {
    const key = `${countryCode}|${regionCode ?? ''}|${year}`;
    const cached = byKey.get(key);
    if (cached) return cached;
    const calendar = new Holidays();
    const regionKnown = regionCode !== null && regionCode in (calendar.getStates(countryCode) ?? {});
    if (regionKnown) calendar.init(countryCode, regionCode);
    else calendar.init(countryCode);
    const days = new Map<string, string>();
    for (const holiday of calendar.getHolidays(year) || []) {
      // `date` is the local calendar date ("YYYY-MM-DD hh:mm:ss"), which is what the window compares.
      if (holiday.type === 'public') days.set(holiday.date.slice(0, 10), holiday.name);
    }
    byKey.set(key, days);
    return days;
  }

  return {
    publicHolidayOn(localDate, countryCode, regionCode) {
      const year = Number(localDate.slice(0, 4));
      if (!Number.isInteger(year)) return null;
      return holidaysOf(countryCode.toUpperCase(), regionCode?.toUpperCase() ?? null, year).get(localDate) ?? null;
    },
  };
}
