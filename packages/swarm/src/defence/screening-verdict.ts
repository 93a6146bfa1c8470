/** The exact verdict literals of SPEC §12. */
export type ScreeningVerdict = 'block' | 'sanitize' | 'warn' | 'allow';

/**
 * Maps a 0–1 score to a verdict (SPEC §12): `block` above 0.9, `sanitize` from 0.7 to 0.9, `warn`
 * from 0.5 up to 0.7, `allow` below 0.5. A recognised attack scores ≥ 0.7; `warn` is not a detection.
 */
export function verdictForScore(score: number): ScreeningVerdict {
  if (score > 0.9) return 'block';
  if (score >= 0.7) return 'sanitize';
  if (score >= 0.5) return 'warn';
  return 'allow';
}
