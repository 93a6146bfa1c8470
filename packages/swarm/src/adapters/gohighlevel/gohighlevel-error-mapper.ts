import type { CaioError } from '../../domain/errors.js';
import { httpStatusError } from '../http/http-status-error.js';
import type { VendorFailure } from '../http/parse-vendor-answer.js';
import { goHighLevelErrorBodySchema } from './gohighlevel-contact-schemas.js';

/** A non-2xx HighLevel answer as {@link goHighLevelHttpError} needs it: the failure plus its headers. */
export interface GoHighLevelHttpFailure extends VendorFailure {
  /** For the `X-RateLimit-Interval-Milliseconds` window when a 429 has no `Retry-After`. */
  headers: Headers;
}

const vendor = 'GoHighLevel';

/** HighLevel's own error text (`message`, a string or a list for 422), if the body has one. */
export function describeGoHighLevelErrorBody(body: unknown): string | undefined {
  const parsed = goHighLevelErrorBodySchema.safeParse(body);
  if (!parsed.success) return undefined;
  const message = parsed.data.message;
  if (Array.isArray(message)) return message.join('; ') || undefined;
  return message ?? parsed.data.error ?? undefined;
}

function credentialHint(vendorMessage: string | undefined): string {
  const said = vendorMessage?.toLowerCase() ?? '';
  if (said.includes('version header')) return 'the Version header was missing or invalid; this is an adapter bug';
  if (said.includes('scope'))
    return 'grant the token the contacts.write, conversations/message.write and opportunities.write scopes';
  if (said.includes('location')) return 'the token belongs to another sub-account; check gohighlevel.locationId';
  return 'check GHL_API_TOKEN (a Private Integration token of the sub-account) and gohighlevel.locationId';
}

/**
 * Wait before the next call after a 429: `Retry-After` when HighLevel sends it, else the burst
 * window `X-RateLimit-Interval-Milliseconds` (100 requests per 10 s per app and location,
 * help.gohighlevel.com article 48001060529), else undefined.
 */
function retryAfterMsOf(failure: GoHighLevelHttpFailure): number | undefined {
  if (failure.retryAfterMs !== undefined) return failure.retryAfterMs;
  const interval = Number(failure.headers.get('x-ratelimit-interval-milliseconds'));
  return Number.isFinite(interval) && interval > 0 ? interval : undefined;
}

/**
 * Maps a non-2xx HighLevel answer to a `CaioError` (RES-1, ports/outbound-transport.ts):
 * 401/403 → `permission_denied` (never retried; the message names the fix, e.g. a missing scope or
 * the wrong location); 429 → `rate_limited` with `retryAfterMs`; 408/409/5xx → retryable
 * `vendor_error`; other 4xx (400, 404, 422) → non-retryable `vendor_error`. `details.status` holds
 * the HTTP status and `details.vendorMessage` HighLevel's text.
 */
export function goHighLevelHttpError(failure: GoHighLevelHttpFailure): CaioError {
  const vendorMessage = describeGoHighLevelErrorBody(failure.body);
  const details = { status: failure.status, vendor, ...(vendorMessage ? { vendorMessage } : {}) };
  return httpStatusError({
    vendor,
    status: failure.status,
    vendorMessage,
    retryAfterMs: failure.status === 429 ? retryAfterMsOf(failure) : undefined,
    details,
    credentialsFix: `${credentialHint(vendorMessage)}.`,
  });
}
