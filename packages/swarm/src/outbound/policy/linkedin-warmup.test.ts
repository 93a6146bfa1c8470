import { describe, expect, it } from 'vitest';
import { defaultLinkedInWarmup, linkedInDailyCeiling, nextUtcDayStart } from './linkedin-warmup.js';

const started = new Date('2026-03-02T17:30:00Z');
const onDay = (day: number, time = '09:00:00') => {
  const date = new Date(Date.UTC(2026, 2, 2 + day));
  return new Date(`${date.toISOString().slice(0, 10)}T${time}Z`);
};
const ceilingOn = (day: number, settings = defaultLinkedInWarmup) =>
  linkedInDailyCeiling({ accountStartedAt: started, now: onDay(day), settings });

describe('linkedInDailyCeiling (SPEC 3.7 HeyReach warm-up 5/day for 4 weeks then 20/day)', () => {
  it('SPEC 3.7: day 0 of a new account allows 5 sends', () => {
    expect(ceilingOn(0)).toEqual({ perDay: 5, warmingUp: true, accountAgeDays: 0 });
  });

  it('SPEC 3.7: day 27, the last warm-up day, still allows only 5', () => {
    expect(ceilingOn(27)).toEqual({ perDay: 5, warmingUp: true, accountAgeDays: 27 });
  });

  it('SPEC 3.7: day 28 (4 weeks, counted in UTC calendar days) allows 20', () => {
    expect(ceilingOn(28)).toEqual({ perDay: 20, warmingUp: false, accountAgeDays: 28 });
    // 00:00:00 UTC is already day 28 although fewer than 28 × 24 h have passed since 17:30 on day 0.
    const midnight = linkedInDailyCeiling({
      accountStartedAt: started,
      now: onDay(28, '00:00:00'),
      settings: defaultLinkedInWarmup,
    });
    expect(midnight.perDay).toBe(20);
    const lastMinute = linkedInDailyCeiling({
      accountStartedAt: started,
      now: onDay(27, '23:59:59'),
      settings: defaultLinkedInWarmup,
    });
    expect(lastMinute.perDay).toBe(5);
  });

  it('SPEC 3.7: day 60 stays at the daily ceiling of 20', () => {
    expect(ceilingOn(60)).toEqual({ perDay: 20, warmingUp: false, accountAgeDays: 60 });
  });

  it('never allows more than the configured daily ceiling, during or after the warm-up', () => {
    const tight = { dailyCeiling: 3, warmupPerDay: 5, warmupWeeks: 4 };
    expect(ceilingOn(0, tight).perDay).toBe(3);
    expect(ceilingOn(60, tight).perDay).toBe(3);
    expect(ceilingOn(60, { ...defaultLinkedInWarmup, dailyCeiling: 12 }).perDay).toBe(12);
  });

  it('an unknown or future start counts as day 0 (a new account is the safe assumption)', () => {
    const now = onDay(60);
    expect(linkedInDailyCeiling({ accountStartedAt: null, now, settings: defaultLinkedInWarmup }).perDay).toBe(5);
    expect(
      linkedInDailyCeiling({ accountStartedAt: onDay(90), now, settings: defaultLinkedInWarmup }).accountAgeDays,
    ).toBe(0);
  });

  it('the next slot is 00:00 UTC of the following day', () => {
    expect(nextUtcDayStart(new Date('2026-03-31T23:59:59Z')).toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });
});
