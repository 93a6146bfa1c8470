const multipliers: Readonly<Record<string, number>> = { k: 1_000, m: 1_000_000 };

/**
 * An employee count read leniently from what exports contain, or `null` when there is no number:
 * `"1,200"` → 1200 (thousands separators: comma, space, apostrophe, underscore), `"51-200"` or
 * `"51–200"` → 51 (a size band counts as its lower bound, so a lead is never scored above what is known),
 * `"10001+"` → 10001, `"1.2k"` → 1200, `"about 50"` → 50, `"n/a"` → null. A dot is a decimal point.
 * Non-integers are rounded.
 */
export function parseEmployeeCount(value: string | null): number | null {
  if (value === null) return null;
  const text = value.toLowerCase().replace(/(\d)[,'’_ ](?=\d{3}(?!\d))/g, '$1');
  const match = /(\d+(?:\.\d+)?)\s*([km])?(?![a-z])/.exec(text);
  if (match === null) return null;
  const count = Math.round(Number(match[1]) * (match[2] === undefined ? 1 : (multipliers[match[2]] ?? 1)));
  return Number.isSafeInteger(count) ? count : null;
}
