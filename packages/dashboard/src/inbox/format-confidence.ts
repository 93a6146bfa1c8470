/** A classifier confidence (0–1) as a whole percentage for the inbox, e.g. `0.87` → `87%`. */
export function formatConfidence(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}
