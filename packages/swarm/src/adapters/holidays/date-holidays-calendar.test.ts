import { describe, expect, it } from 'vitest';
import { createDateHolidaysCalendar } from './date-holidays-calendar.js';

const calendar = createDateHolidaysCalendar();

describe('createDateHolidaysCalendar', () => {
  it('SPEC 3.7: regional public holidays apply only to their region (Epiphany: Bavaria yes, Berlin no)', () => {
    expect(calendar.publicHolidayOn('2026-01-06', 'DE', 'BY')).toBeTruthy();
    expect(calendar.publicHolidayOn('2026-01-06', 'DE', 'BE')).toBeNull();
  });

  it('SPEC 3.7: national public holidays apply everywhere in the country; normal days are null', () => {
    expect(calendar.publicHolidayOn('2026-11-26', 'US', 'IL')).toMatch(/Thanksgiving/);
    expect(calendar.publicHolidayOn('2026-12-25', 'GB', null)).toMatch(/Christmas/);
    expect(calendar.publicHolidayOn('2026-11-25', 'US', 'IL')).toBeNull();
  });

  it('counts only public holidays (not observances) and tolerates unknown regions and countries', () => {
    // 2026-02-02 Candlemas is an observance in Bavaria, not a day off.
    expect(calendar.publicHolidayOn('2026-02-02', 'DE', 'BY')).toBeNull();
    expect(calendar.publicHolidayOn('2026-12-25', 'DE', 'ZZ')).toBeTruthy();
    expect(calendar.publicHolidayOn('2026-12-25', 'ZZ', null)).toBeNull();
  });
});
