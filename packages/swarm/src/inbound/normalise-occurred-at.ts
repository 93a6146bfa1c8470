/**
 * Reads a vendor timestamp (ISO 8601 string or Unix seconds/milliseconds) as ISO 8601 UTC, falling
 * back to `receivedAt` when it is absent or unreadable, so a sloppy timestamp never loses an event.
 */
export function normaliseOccurredAt(value: unknown, receivedAt: Date): string {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Below 10^11 it can only be seconds (10^11 ms is 1973).
    return new Date(value < 1e11 ? value * 1000 : value).toISOString();
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = new Date(value);
    if (!Number.isNaN(parsed.getTime())) return parsed.toISOString();
  }
  return receivedAt.toISOString();
}
