import { CaioError } from '../../domain/errors.js';
import { httpStatusError } from '../http/http-status-error.js';
import { googleMeetErrorBodySchema } from './google-meet-schemas.js';

const vendor = 'Google Meet';

/** One non-2xx Google Meet answer. */
export interface GoogleMeetFailure {
  status: number;
  /** The parsed body, or null. */
  body: unknown;
  /** Parsed `Retry-After`, in ms. */
  retryAfterMs: number | undefined;
}

/**
 * Maps a non-2xx answer of the Meet REST API to a `CaioError` (RES-1; Google error body `{ error: { code,
 * message, status } }`): 429 `RESOURCE_EXHAUSTED` → `rate_limited` with `retryAfterMs` (spaces.create counts
 * against "reduced write requests": 10 per minute per user, 100 per project); 401 `UNAUTHENTICATED` and 403
 * `PERMISSION_DENIED` → `permission_denied`, not retried (refresh the token or grant the
 * `meetings.space.created` scope); 408/409/5xx → retryable `vendor_error`; other 4xx → non-retryable.
 * `details` carries `status` and Google's `googleStatus`.
 */
export function googleMeetError(failure: GoogleMeetFailure): CaioError {
  const parsed = googleMeetErrorBodySchema.safeParse(failure.body);
  const message = parsed.success ? parsed.data.error.message : undefined;
  const googleStatus = parsed.success ? parsed.data.error.status : undefined;
  const details = { status: failure.status, vendor, ...(googleStatus ? { googleStatus } : {}) };
  if (failure.status === 429) {
    return new CaioError(
      'rate_limited',
      `Google Meet rate limit reached (HTTP 429); wait and retry.${message ? ` Google said: ${message}` : ''}`,
      { details, ...(failure.retryAfterMs === undefined ? {} : { retryAfterMs: failure.retryAfterMs }) },
    );
  }
  if (failure.status === 401 || failure.status === 403) {
    return new CaioError(
      'permission_denied',
      `Google Meet refused the request (HTTP ${failure.status}${message ? `: ${message}` : ''}); refresh the OAuth access token (video.tokenEnv, default GOOGLE_MEET_TOKEN) and make sure it has the https://www.googleapis.com/auth/meetings.space.created scope (docs/integrations/google-meet.md).`,
      { details, retryable: false },
    );
  }
  const base = httpStatusError({ vendor, status: failure.status, vendorMessage: message });
  return new CaioError(base.code, base.message, { details, retryable: base.isRetryable });
}
