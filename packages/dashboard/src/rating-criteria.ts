import type { RatingScores } from './api-types.js';

/** The five Head-of-Sales criteria, in the order the form shows them (SPEC §18). */
export const ratingCriteria: readonly { key: keyof RatingScores; label: string }[] = [
  { key: 'personalisation', label: 'Personalisation' },
  { key: 'subject', label: 'Subject line' },
  { key: 'value', label: 'Value proposition' },
  { key: 'cta', label: 'Call to action' },
  { key: 'tone', label: 'Tone' },
];

/** A rating being filled in: a criterion is null until the reviewer picks 1–5. */
export type RatingDraft = Record<keyof RatingScores, number | null>;

/** A fresh form: nothing picked yet. */
export const emptyRating: RatingDraft = { personalisation: null, subject: null, value: null, cta: null, tone: null };

/** The rating to send when every criterion holds an integer 1–5, else null (SPEC §18 scale). */
export function completeRating(rating: RatingDraft): RatingScores | null {
  const scores: Partial<RatingScores> = {};
  for (const { key } of ratingCriteria) {
    const value = rating[key];
    if (value === null || !Number.isInteger(value) || value < 1 || value > 5) return null;
    scores[key] = value;
  }
  return scores as RatingScores;
}
