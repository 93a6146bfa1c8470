/**
 * A `datetime-local` input value, read as UTC, as the ISO 8601 the audit API takes (`since`, with
 * offset). `2026-11-22T09:30` → `2026-11-22T09:30:00Z`; seconds are kept; empty or malformed → undefined.
 */
export function auditSinceFromInput(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!match) return undefined;
  return `${match[1]}${match[2] ?? ':00'}Z`;
}
