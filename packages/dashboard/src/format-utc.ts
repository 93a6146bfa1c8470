/** A timestamp for tables: `2026-11-22 09:30 UTC` (always UTC, so reviewers in any zone read one clock); `—` for null or unparsable input. */
export function formatUtc(iso: string | null | undefined): string {
  if (!iso) return '—';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '—';
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
