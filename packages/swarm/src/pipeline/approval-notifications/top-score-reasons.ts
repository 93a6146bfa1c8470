/** Leading signed points of a reason line, e.g. `+25 title: …` → 25. */
const pointsPattern = /^\s*([+-]?\d+(?:\.\d+)?)/;

/**
 * The `count` most important score reasons (SPEC §3.3 reason lines): ordered by the absolute value
 * of their leading points (`+25 …`, `-10 …`), lines without points after them, ties in input order.
 * Does not mutate the input.
 */
export function topScoreReasons(reasons: readonly string[], count = 3): string[] {
  const weight = (line: string): number => {
    const match = pointsPattern.exec(line);
    return match?.[1] === undefined ? -1 : Math.abs(Number(match[1]));
  };
  return reasons
    .map((line, index) => ({ line, index, weight: weight(line) }))
    .sort((left, right) => right.weight - left.weight || left.index - right.index)
    .slice(0, count)
    .map((entry) => entry.line);
}
