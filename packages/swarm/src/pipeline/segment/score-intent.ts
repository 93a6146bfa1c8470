import type { CompiledIcp } from './compile-icp.js';
import { formatPoints, roundPoints } from './format-points.js';
import { computeIntentScore, type IntentContribution, type IntentScore } from './intent-score.js';
import type { ScoreLeadInput, ScoringContext } from './scoring-input.js';

/** The intent component with one reason line for the total and one per signal. */
export interface IntentComponentScore {
  points: number;
  intent: IntentScore;
  reasons: string[];
}

function describeRecency(contribution: IntentContribution): string {
  if (contribution.ageDays === null) return 'undated, half points';
  const age = contribution.ageDays < 0 ? 'dated in the future' : `${contribution.ageDays} days old`;
  if (contribution.recencyFactor === 1) return `${age}, full points`;
  if (contribution.recencyFactor === 0.5) return `${age}, half points`;
  return `${age}, too old to count`;
}

/**
 * Intent component (SPEC §3.3): the SCOUT intent score (social-engagement bonus included, 0–100) times
 * `intent.factor` (0.2), capped at `weights.intent` (20). Per-signal reason lines are in intent points
 * and name the kind, date and source, e.g.
 * `+25 intent: hiring (2026-01-14, yc-companies.csv (isHiring flag at snapshot)) isHiring=true — 312 days old, full points`.
 */
export function scoreIntent(input: ScoreLeadInput, icp: CompiledIcp, context: ScoringContext): IntentComponentScore {
  const { weights, intent: settings } = icp.profile;
  const options =
    input.socialEngagementBonus === undefined ? {} : { socialEngagementBonus: input.socialEngagementBonus };
  const intent = computeIntentScore(input.signals ?? [], context.now, options);
  const uncapped = intent.score * settings.factor;
  const points = roundPoints(Math.min(weights.intent, uncapped));
  const cap = uncapped > weights.intent ? `, capped at ${weights.intent}` : '';
  const reasons = [
    `${formatPoints(points)} intent: intent score ${roundPoints(intent.score)}/100 × ${settings.factor}${cap}`,
  ];
  for (const contribution of intent.contributions) {
    const date = contribution.date ?? 'undated';
    const detail = contribution.detail ? ` ${contribution.detail}` : '';
    reasons.push(
      `${formatPoints(contribution.points)} intent: ${contribution.kind} (${date}, ${contribution.source})${detail} — ${describeRecency(contribution)}`,
    );
  }
  if (intent.socialEngagementBonus > 0) {
    reasons.push(`${formatPoints(intent.socialEngagementBonus)} intent: social-engagement bonus`);
  }
  if (intent.uncappedScore > 100) {
    reasons.push(`intent score capped at 100 (was ${roundPoints(intent.uncappedScore)})`);
  }
  return { points, intent, reasons };
}
