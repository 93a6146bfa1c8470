/** Rounds to one decimal place, the precision component points are kept and shown at. */
export function roundPoints(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Points as shown in reasons: `+25`, `+12.5`, `+0`. */
export function formatPoints(value: number): string {
  const rounded = roundPoints(value);
  return `${rounded < 0 ? '' : '+'}${rounded}`;
}
