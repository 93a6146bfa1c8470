import { CaioError } from '../../domain/errors.js';
import type { DraftRatingAverages, DraftRatingScores } from '../../ports/approval-desk-store.js';
import type { DeskDependencies } from './desk-dependencies.js';

/** The rating dimensions of SPEC §18, in display order. */
export const ratingDimensions: readonly (keyof DraftRatingScores)[] = [
  'personalisation',
  'subject',
  'value',
  'cta',
  'tone',
];

/**
 * Stores a Head-of-Sales rating of one draft (SPEC §18: personalisation, subject line, value
 * proposition, call to action and tone, integers 1–5). A rater's new rating replaces their previous
 * one. The average rating is a KPI and the assisted-mode rollout gate (≥ 3.5).
 *
 * @returns the draft's averages after this rating.
 * @throws CaioError `input_invalid` naming the dimension outside 1–5; `not_found` for an unknown draft.
 */
export async function rateDraft(
  dependencies: Pick<DeskDependencies, 'store' | 'desk' | 'clock'>,
  request: { draftId: string; rater: string; scores: DraftRatingScores },
): Promise<DraftRatingAverages> {
  for (const dimension of ratingDimensions) {
    const value = request.scores[dimension];
    if (!Number.isInteger(value) || value < 1 || value > 5) {
      throw new CaioError('input_invalid', `scores.${dimension} must be an integer from 1 to 5 (SPEC §18).`);
    }
  }
  const draft = await dependencies.store.drafts.findById(request.draftId);
  if (!draft) throw new CaioError('not_found', `No draft ${request.draftId}.`);
  await dependencies.desk.ratings.upsert({
    draftId: draft.id,
    rater: request.rater,
    scores: request.scores,
    ratedAt: dependencies.clock.now(),
  });
  return dependencies.desk.ratings.averages(draft.id);
}
