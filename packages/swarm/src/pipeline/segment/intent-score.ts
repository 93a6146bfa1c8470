import { intentSignalPoints, type IntentSignal, type IntentSignalKind } from '../../domain/signal.js';

/** Signals up to this many days old count in full (SPEC §3.3). */
export const intentFullWindowDays = 365;
/** Signals older than the full window and up to this many days old count half; older count nothing. */
export const intentHalfWindowDays = 730;

const millisecondsPerDay = 86_400_000;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** How one signal contributed to the intent score, for "why this score". */
export interface IntentContribution {
  kind: IntentSignalKind;
  /** The signal's date as given (`YYYY-MM-DD`), or null when undated or unparseable. */
  date: string | null;
  source: string;
  detail: string | null;
  /** Base points of the kind (funding 30, hiring 25, leadership change 20, product launch 15, website activity 10). */
  basePoints: number;
  /** Whole UTC calendar days between the signal date and `now`; null when undated. */
  ageDays: number | null;
  /** 1 within 365 days (or dated in the future), 0.5 within 730 days or undated, 0 beyond. */
  recencyFactor: 1 | 0.5 | 0;
  /** `basePoints × recencyFactor`, before the cap at 100. */
  points: number;
}

/** The SCOUT intent score of a company (SPEC §3.3): 0–100, with every contribution explained. */
export interface IntentScore {
  /** Sum of contributions plus the social-engagement bonus, capped at 100. */
  score: number;
  /** The sum before the cap. */
  uncappedScore: number;
  /** Social-engagement bonus in intent points (0–100 scale) that was added. */
  socialEngagementBonus: number;
  /** One entry per distinct signal, in input order (exact duplicates count once). */
  contributions: readonly IntentContribution[];
}

/** Options for {@link computeIntentScore}. */
export interface IntentScoreOptions {
  /** Extra intent points (0–100 scale) from social engagement (LinkedIn likes, comments…); default 0. */
  socialEngagementBonus?: number;
}

function utcDay(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  // Reject impossible dates such as 2026-02-31, which Date.UTC would silently roll over.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return time / millisecondsPerDay;
}

function recencyOf(ageDays: number | null): 1 | 0.5 | 0 {
  if (ageDays === null) return 0.5;
  if (ageDays <= intentFullWindowDays) return 1;
  if (ageDays <= intentHalfWindowDays) return 0.5;
  return 0;
}

/**
 * Intent score 0–100 from SCOUT signals (SPEC §3.3): base points per kind (`intentSignalPoints`), full
 * within 365 days, half within 730, none beyond; undated (or unparseable) signals count half. Age is
 * counted in whole UTC calendar days from the signal date to `now`. Exact duplicates (same kind, date,
 * source and detail) count once; different signals of one kind each count. The social-engagement bonus
 * (negative values count as 0) is added before the total is capped at 100. Pure; never throws.
 *
 * @example computeIntentScore([{ kind: 'hiring', date: '2026-01-14', source: 'yc', detail: null }], now).score // 25
 */
export function computeIntentScore(
  signals: readonly IntentSignal[],
  now: Date,
  options: IntentScoreOptions = {},
): IntentScore {
  const today = Math.floor(now.getTime() / millisecondsPerDay);
  const seen = new Set<string>();
  const contributions: IntentContribution[] = [];
  let total = 0;
  for (const signal of signals) {
    const identity = `${signal.kind}\u0000${signal.date ?? ''}\u0000${signal.source}\u0000${signal.detail ?? ''}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    const basePoints: number = intentSignalPoints[signal.kind] ?? 0;
    const match = signal.date ? isoDate.exec(signal.date.trim()) : null;
    const day = match ? utcDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
    const ageDays = day === null ? null : today - day;
    const recencyFactor = recencyOf(ageDays);
    const points = basePoints * recencyFactor;
    total += points;
    contributions.push({
      kind: signal.kind,
      date: day === null ? null : (signal.date?.trim() ?? null),
      source: signal.source,
      detail: signal.detail,
      basePoints,
      ageDays,
      recencyFactor,
      points,
    });
  }
  const requestedBonus = options.socialEngagementBonus ?? 0;
  const bonus = Number.isFinite(requestedBonus) ? Math.max(0, requestedBonus) : 0;
  const uncappedScore = total + bonus;
  return { score: Math.min(100, uncappedScore), uncappedScore, socialEngagementBonus: bonus, contributions };
}
