/**
 * Parses an HTTP `Retry-After` header (RFC 9110 §10.2.3: delay-seconds or an HTTP-date) into
 * milliseconds to wait from `nowMs` (epoch ms, UTC). Returns undefined when absent or unparseable;
 * a date in the past gives 0.
 *
 * @example parseRetryAfterMs('120', 0) // 120 000
 */
export function parseRetryAfterMs(header: string | null | undefined, nowMs: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1_000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
