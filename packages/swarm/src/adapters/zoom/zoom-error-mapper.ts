import { CaioError } from '../../domain/errors.js';
import { httpStatusError } from '../http/http-status-error.js';
import type { VendorFailure } from '../http/parse-vendor-answer.js';
import { zoomErrorBodySchema, zoomOAuthErrorBodySchema } from './zoom-schemas.js';

const vendor = 'Zoom';

/** Zoom's code for an invalid or expired access token (developers.zoom.us/docs/api/errors). */
export const zoomInvalidTokenCode = 124;
/** Zoom's code for "User does not exist" (Meetings API, 404). */
const zoomUserMissingCode = 1001;
/** Zoom's code for "Meeting does not exist" (Meetings API, 404). */
export const zoomMeetingMissingCode = 3001;

/** One non-2xx Zoom answer (`Retry-After` may be seconds or an instant such as `2026-05-31T00:00:00Z`). */
export type ZoomFailure = VendorFailure;

/** Zoom's numeric error `code` of a body, if it has one. */
export function zoomErrorCodeOf(body: unknown): number | undefined {
  const parsed = zoomErrorBodySchema.safeParse(body);
  return parsed.success ? parsed.data.code : undefined;
}

/**
 * Maps a non-2xx answer of the Zoom REST API (`api.zoom.us/v2`) to a `CaioError` (RES-1; Zoom error body
 * `{ code, message }`): 429 → `rate_limited` with `retryAfterMs` (Create/Update meeting allows 100 requests
 * per user per day); 401 (code 124, invalid token) and 403 → `permission_denied`, not retried; 404 code
 * 1001 → non-retryable `vendor_error` naming `userId`; 408/409/5xx → retryable `vendor_error`; other 4xx
 * → non-retryable. `details` carries `status` and Zoom's `zoomCode`.
 */
export function zoomApiError(failure: ZoomFailure): CaioError {
  const parsed = zoomErrorBodySchema.safeParse(failure.body);
  const zoomCode = parsed.success ? parsed.data.code : undefined;
  const message = parsed.success ? parsed.data.message : undefined;
  const details = { status: failure.status, vendor, ...(zoomCode === undefined ? {} : { zoomCode }) };
  if (failure.status === 404 && zoomCode === zoomUserMissingCode) {
    return new CaioError(
      'vendor_error',
      `Zoom has no such user${message ? ` (${message})` : ''}; set the host's video.userId to a Zoom user id or email of the account, or "me".`,
      { details, retryable: false },
    );
  }
  return httpStatusError({
    vendor,
    status: failure.status,
    vendorMessage: message,
    retryAfterMs: failure.retryAfterMs,
    details,
    credentialsFix:
      'check that the Server-to-Server OAuth app is activated and has the meeting:write:meeting:admin and meeting:delete:meeting:admin scopes (docs/integrations/zoom.md).',
  });
}

/**
 * Maps a non-2xx answer of the OAuth token endpoint (`zoom.us/oauth/token`, error body `{ error, reason }`)
 * to a `CaioError`: 400/401 → `permission_denied` naming the account id and client credentials to check;
 * 429 → `rate_limited`; 5xx → retryable `vendor_error`.
 */
export function zoomTokenError(failure: ZoomFailure): CaioError {
  const parsed = zoomOAuthErrorBodySchema.safeParse(failure.body);
  const reason = parsed.success ? (parsed.data.reason ?? parsed.data.error) : undefined;
  const details = { status: failure.status, vendor, ...(parsed.success ? { oauthError: parsed.data.error } : {}) };
  if (failure.status === 400 || failure.status === 401 || failure.status === 403) {
    return new CaioError(
      'permission_denied',
      `Zoom refused the Server-to-Server OAuth credentials (HTTP ${failure.status}${reason ? `: ${reason}` : ''}); check the host's video.accountId and the client id / secret environment variables (default ZOOM_CLIENT_ID / ZOOM_CLIENT_SECRET).`,
      { details, retryable: false },
    );
  }
  return httpStatusError({
    vendor,
    status: failure.status,
    vendorMessage: reason,
    retryAfterMs: failure.retryAfterMs,
    details,
  });
}
