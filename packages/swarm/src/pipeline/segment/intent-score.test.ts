import { describe, expect, it } from 'vitest';
import type { IntentSignal, IntentSignalKind } from '../../domain/signal.js';
import { computeIntentScore } from './intent-score.js';

const now = new Date('2026-11-22T15:30:00Z');

/** The calendar date `days` UTC days before `now`. */
function daysAgo(days: number): string {
  return new Date(Date.UTC(2026, 10, 22) - days * 86_400_000).toISOString().slice(0, 10);
}

function signal(kind: IntentSignalKind, date: string | null, source = 'signals.test'): IntentSignal {
  return { kind, date, source, detail: null };
}

describe('computeIntentScore (SPEC 3.3 SCOUT intent)', () => {
  it('SPEC 3.3: base points funding 30, hiring 25, leadership change 20, product launch 15, website activity 10', () => {
    const kinds: IntentSignalKind[] = ['funding', 'hiring', 'leadership_change', 'product_launch', 'website_activity'];
    const points = kinds.map((kind) => computeIntentScore([signal(kind, daysAgo(1))], now).score);
    expect(points).toEqual([30, 25, 20, 15, 10]);
  });

  it('SPEC 3.3: full points at 365 days, half at 366', () => {
    expect(computeIntentScore([signal('hiring', daysAgo(365))], now).score).toBe(25);
    expect(computeIntentScore([signal('hiring', daysAgo(366))], now).score).toBe(12.5);
  });

  it('SPEC 3.3: half points at 730 days, none at 731', () => {
    expect(computeIntentScore([signal('funding', daysAgo(730))], now).score).toBe(15);
    expect(computeIntentScore([signal('funding', daysAgo(731))], now).score).toBe(0);
  });

  it('SPEC 3.3: undated signals count half', () => {
    const result = computeIntentScore([signal('funding', null)], now);
    expect(result.score).toBe(15);
    expect(result.contributions[0]).toMatchObject({ ageDays: null, recencyFactor: 0.5, points: 15 });
  });

  it('treats an impossible date as undated rather than guessing', () => {
    expect(computeIntentScore([signal('hiring', '2026-02-31')], now).contributions[0]?.recencyFactor).toBe(0.5);
  });

  it('counts a signal dated after now in full', () => {
    expect(computeIntentScore([signal('hiring', '2026-12-01')], now).score).toBe(25);
  });

  it('SPEC 3.3: the total is capped at 100', () => {
    const signals = [
      signal('funding', daysAgo(1), 'a'),
      signal('funding', daysAgo(2), 'b'),
      signal('funding', daysAgo(3), 'c'),
      signal('hiring', daysAgo(4)),
    ];
    const result = computeIntentScore(signals, now);
    expect(result.uncappedScore).toBe(115);
    expect(result.score).toBe(100);
  });

  it('counts an exact duplicate signal once', () => {
    const hiring = signal('hiring', daysAgo(10));
    expect(computeIntentScore([hiring, { ...hiring }], now).score).toBe(25);
  });

  it('SPEC 3.3: adds the social-engagement bonus before the cap', () => {
    expect(computeIntentScore([signal('hiring', daysAgo(1))], now, { socialEngagementBonus: 10 }).score).toBe(35);
    expect(computeIntentScore([signal('funding', daysAgo(1))], now, { socialEngagementBonus: 90 }).score).toBe(100);
    expect(computeIntentScore([], now, { socialEngagementBonus: -5 }).score).toBe(0);
  });

  it('SPEC 3.3: each contribution keeps its source, date and age for "why this score"', () => {
    const result = computeIntentScore(
      [{ kind: 'hiring', date: '2026-01-14', source: 'yc-companies.csv (isHiring flag)', detail: 'isHiring=true' }],
      now,
    );
    expect(result.contributions).toEqual([
      {
        kind: 'hiring',
        date: '2026-01-14',
        source: 'yc-companies.csv (isHiring flag)',
        detail: 'isHiring=true',
        basePoints: 25,
        ageDays: 312,
        recencyFactor: 1,
        points: 25,
      },
    ]);
  });
});
