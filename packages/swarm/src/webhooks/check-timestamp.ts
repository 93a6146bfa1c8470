import type { WebhookRejection } from './webhook-verification.js';

/** Integer Unix seconds only: no sign, no fraction, no exponent (WH-2). 1 to 12 digits covers every real date. */
const integerSecondsPattern = /^\d{1,12}$/;

/**
 * Checks a signed timestamp header against `nowSeconds` (Unix seconds, UTC). The window is
 * inclusive: with the default 300 s, a skew of exactly ±300 s passes and ±301 s fails
 * (specs/security.md WH-2). Returns the parsed timestamp, or the rejection to answer.
 */
export function checkTimestamp(
  header: string,
  nowSeconds: number,
  toleranceSeconds: number,
): { ok: true; timestamp: number } | WebhookRejection {
  if (!integerSecondsPattern.test(header)) return { ok: false, reason: 'invalid_timestamp' };
  const timestamp = Number(header);
  const now = Math.floor(nowSeconds);
  if (!Number.isFinite(now)) return { ok: false, reason: 'invalid_timestamp' };
  if (now - timestamp > toleranceSeconds) return { ok: false, reason: 'timestamp_too_old' };
  if (timestamp - now > toleranceSeconds) return { ok: false, reason: 'timestamp_in_future' };
  return { ok: true, timestamp };
}
