/**
 * EM-6 thresholds (specs/security.md): spam complaints ≥ 0.10 % warn and halve volume, ≥ 0.30 % pause
 * the domain until human review; hard bounces ≥ 2 % warn, ≥ 5 % pause. The complaint figures match
 * Google's sender guidelines (keep the Postmaster Tools spam rate below 0.10 %, never reach 0.30 %).
 * `minimumSends` (100) is the smallest denominator used, so a handful of sends cannot trip on one
 * bounce, while enough bad outcomes trip at any volume (the spec gives no minimum sample).
 * `windowMs` is EM-6's "daily": a rolling 24 h.
 */
export const reputationThresholds = {
  complaintWarnRate: 0.001,
  complaintPauseRate: 0.003,
  bounceWarnRate: 0.02,
  bouncePauseRate: 0.05,
  minimumSends: 100,
  windowMs: 24 * 60 * 60 * 1000,
} as const;

/** EM-6 threshold settings; see {@link reputationThresholds}. Rates are fractions (0.003 = 0.30 %). */
export type ReputationThresholds = { readonly [Key in keyof typeof reputationThresholds]: number };

/** One sending domain's outcomes since `windowStart` (UTC). */
export interface ReputationInput {
  sent: number;
  bounced: number;
  complained: number;
  windowStart: Date;
}

/**
 * The breaker's verdict. `state: 'tripped'` pauses the domain until human review (`reason` says why);
 * `warning` is set at the warn levels, where `volumeFactor` is 0.5 (EM-6 "halve volume"), else 1.
 */
export interface ReputationVerdict {
  state: 'ok' | 'tripped';
  reason: string | null;
  warning: string | null;
  volumeFactor: 1 | 0.5;
  /** bounced / max(sent, minimumSends). */
  bounceRate: number;
  /** complained / max(sent, minimumSends). */
  complaintRate: number;
}

const percent = (rate: number) => `${(rate * 100).toFixed(2)}%`;

/**
 * Evaluates EM-6 for one sending domain (pure). Rates divide by `max(sent, minimumSends)`.
 *
 * @example evaluateReputation({ sent: 400, bounced: 21, complained: 0, windowStart }) // tripped: bounces 5.25%
 */
export function evaluateReputation(
  input: ReputationInput,
  thresholds: ReputationThresholds = reputationThresholds,
): ReputationVerdict {
  const denominator = Math.max(input.sent, thresholds.minimumSends, 1);
  const bounceRate = input.bounced / denominator;
  const complaintRate = input.complained / denominator;
  const since = input.windowStart.toISOString();
  const figures = `${input.bounced} hard bounce(s), ${input.complained} complaint(s), ${input.sent} sent since ${since}`;
  const pauses = [
    ...(complaintRate >= thresholds.complaintPauseRate
      ? [`spam complaints ${percent(complaintRate)} ≥ ${percent(thresholds.complaintPauseRate)}`]
      : []),
    ...(bounceRate >= thresholds.bouncePauseRate
      ? [`hard bounces ${percent(bounceRate)} ≥ ${percent(thresholds.bouncePauseRate)}`]
      : []),
  ];
  if (pauses.length > 0) {
    return {
      state: 'tripped',
      reason: `${pauses.join(' and ')} (${figures}); paused until a human reviews the domain (EM-6)`,
      warning: null,
      volumeFactor: 0.5,
      bounceRate,
      complaintRate,
    };
  }
  const warnings = [
    ...(complaintRate >= thresholds.complaintWarnRate
      ? [`spam complaints ${percent(complaintRate)} ≥ ${percent(thresholds.complaintWarnRate)}`]
      : []),
    ...(bounceRate >= thresholds.bounceWarnRate
      ? [`hard bounces ${percent(bounceRate)} ≥ ${percent(thresholds.bounceWarnRate)}`]
      : []),
  ];
  return {
    state: 'ok',
    reason: null,
    warning: warnings.length > 0 ? `${warnings.join(' and ')} (${figures}); volume halved (EM-6)` : null,
    volumeFactor: warnings.length > 0 ? 0.5 : 1,
    bounceRate,
    complaintRate,
  };
}
