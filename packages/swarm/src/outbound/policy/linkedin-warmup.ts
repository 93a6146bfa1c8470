/** The LinkedIn warm-up settings (config `heyreach:`; SPEC §3.7 HeyReach). */
export interface LinkedInWarmupSettings {
  /** Highest LinkedIn sends per UTC day per account once warmed up. Default 20 (SPEC §3.7). */
  dailyCeiling: number;
  /** Sends per UTC day during the warm-up. Default 5 (SPEC §3.7). */
  warmupPerDay: number;
  /** Length of the warm-up in weeks (7 × 24 h each). Default 4 (SPEC §3.7). */
  warmupWeeks: number;
}

/** SPEC §3.7 defaults: 5/day for 4 weeks, then 20/day. */
export const defaultLinkedInWarmup: Readonly<LinkedInWarmupSettings> = {
  dailyCeiling: 20,
  warmupPerDay: 5,
  warmupWeeks: 4,
};

const dayMs = 86_400_000;

/** What {@link linkedInDailyCeiling} answers: the cap for the UTC day of `now`, and whether it is the warm-up cap. */
export interface LinkedInDailyCeiling {
  /** Sends allowed on the UTC calendar day of `now`. */
  perDay: number;
  /** True while the account is inside its warm-up weeks. */
  warmingUp: boolean;
  /** Whole UTC days since the account's start day (0 on the start day). */
  accountAgeDays: number;
}

/**
 * How many LinkedIn sends one account may make on the UTC day of `now` (SPEC §3.7 HeyReach: "warm-up
 * 5/day for 4 weeks then 20/day"). Days are UTC calendar days counted from the UTC day of
 * `accountStartedAt`: days 0…27 (with the default 4 weeks) allow `warmupPerDay`, day 28 on allows
 * `dailyCeiling`. The warm-up allowance is never above the ceiling (a ceiling of 3 caps the warm-up
 * at 3 too). An unknown start (`null`) or a start in the future counts as day 0: a new account is the
 * safe assumption. Pure.
 *
 * @example linkedInDailyCeiling({ accountStartedAt: new Date('2026-01-01T18:00:00Z'), now: new Date('2026-01-29T00:00:00Z'), settings: defaultLinkedInWarmup })
 * // → { perDay: 20, warmingUp: false, accountAgeDays: 28 }
 */
export function linkedInDailyCeiling(input: {
  accountStartedAt: Date | null;
  now: Date;
  settings: LinkedInWarmupSettings;
}): LinkedInDailyCeiling {
  const { accountStartedAt, now, settings } = input;
  const accountAgeDays =
    accountStartedAt === null ? 0 : Math.max(0, utcDayNumber(now) - utcDayNumber(accountStartedAt));
  const warmingUp = accountAgeDays < settings.warmupWeeks * 7;
  const perDay = warmingUp ? Math.min(settings.warmupPerDay, settings.dailyCeiling) : settings.dailyCeiling;
  return { perDay, warmingUp, accountAgeDays };
}

/** 00:00 UTC of the day after `now`: when a refused LinkedIn send may be tried again. */
export function nextUtcDayStart(now: Date): Date {
  return new Date((utcDayNumber(now) + 1) * dayMs);
}

/** 00:00 UTC of the day of `now`: the start of "today's" LinkedIn sends. */
export function utcDayStart(now: Date): Date {
  return new Date(utcDayNumber(now) * dayMs);
}

function utcDayNumber(instant: Date): number {
  return Math.floor(instant.getTime() / dayMs);
}
