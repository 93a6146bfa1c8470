/**
 * A field value as the lead stores it: trimmed (including non-breaking and other Unicode spaces), and
 * `null` when nothing is left, so "empty" has one spelling everywhere (SPEC §3.1 "trim everything").
 */
export function cleanText(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
