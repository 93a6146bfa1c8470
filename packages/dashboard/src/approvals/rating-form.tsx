import { useState, type FormEvent } from 'react';
import type { RatingScores, RatingSummary } from '../api-types.js';
import { completeRating, emptyRating, ratingCriteria, type RatingDraft } from '../rating-criteria.js';

/** The Head-of-Sales rating of a draft, 1–5 on five criteria (SPEC §18). */
export function RatingForm({
  busy,
  summary,
  onRate,
}: {
  busy: boolean;
  summary: RatingSummary | null;
  onRate: (scores: RatingScores) => void;
}) {
  const [rating, setRating] = useState<RatingDraft>(emptyRating);
  const scores = completeRating(rating);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (scores) onRate(scores);
  }
  return (
    <form className="rating-form" onSubmit={submit} aria-label="Rate this draft">
      <h3>Rate this draft</h3>
      {ratingCriteria.map((criterion) => (
        <fieldset key={criterion.key}>
          <legend>{criterion.label}</legend>
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className="rating-choice">
              <input
                type="radio"
                name={`rating-${criterion.key}`}
                value={value}
                checked={rating[criterion.key] === value}
                onChange={() => setRating({ ...rating, [criterion.key]: value })}
              />
              {value}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit" disabled={busy || !scores}>
        Save rating
      </button>
      {summary ? (
        <p role="status" className="notice notice-ok">
          Rating saved. Average {summary.averages.overall?.toFixed(2) ?? '—'} over {summary.count} rating
          {summary.count === 1 ? '' : 's'}.
        </p>
      ) : null}
    </form>
  );
}
