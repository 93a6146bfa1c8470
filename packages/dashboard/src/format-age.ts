const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/**
 * How old a fact is, for the evidence list ("why this score"): `just now`, `12 min ago`, `5 h ago`,
 * `3 d ago`; `in the future` when the clock of the source is ahead; `unknown age` for an unparsable date.
 *
 * @param observedAt ISO 8601 timestamp of the observation.
 * @param nowMs The current time in epoch milliseconds (passed in so the result is testable).
 */
export function formatAge(observedAt: string, nowMs: number): string {
  const observedMs = Date.parse(observedAt);
  if (Number.isNaN(observedMs)) return 'unknown age';
  const ageMs = nowMs - observedMs;
  if (ageMs < -minuteMs) return 'in the future';
  if (ageMs < minuteMs) return 'just now';
  if (ageMs < hourMs) return `${Math.floor(ageMs / minuteMs)} min ago`;
  if (ageMs < dayMs) return `${Math.floor(ageMs / hourMs)} h ago`;
  return `${Math.floor(ageMs / dayMs)} d ago`;
}
