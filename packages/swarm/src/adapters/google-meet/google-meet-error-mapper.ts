import type { CaioError } from '../../domain/errors.js';
import { googleErrorBodySchema } from '../http/google-error-body.js';
import { httpStatusError } from '../http/http-status-error.js';
import type { VendorFailure } from '../http/parse-vendor-answer.js';

const vendor = 'Google Meet';

/** One non-2xx Google Meet answer. */
export type GoogleMeetFailure = VendorFailure;

/**
 * Maps a non-2xx answer of the Meet REST API to a `CaioError` (RES-1; Google error body `{ error: { code,
 * message, status } }`): 429 `RESOURCE_EXHAUSTED` → `rate_limited` with `retryAfterMs` (spaces.create counts
 * against "reduced write requests": 10 per minute per user, 100 per project); 401 `UNAUTHENTICATED` and 403
 * `PERMISSION_DENIED` → `permission_denied`, not retried (refresh the token or grant the
 * `meetings.space.created` scope); 408/409/5xx → retryable `vendor_error`; other 4xx → non-retryable.
 * `details` carries `status` and Google's `googleStatus`.
 */
export function googleMeetError(failure: GoogleMeetFailure): CaioError {
  const parsed = googleErrorBodySchema.safeParse(failure.body);
  const message = parsed.success ? parsed.data.error.message : undefined;
  const googleStatus = parsed.success ? parsed.data.error.status : undefined;
  const details = { status: failure.status, vendor, ...(googleStatus ? { googleStatus } : {}) };
  return httpStatusError({
    vendor,
    status: failure.status,
    vendorMessage: message,
    retryAfterMs: failure.retryAfterMs,
    details,
    credentialsFix:
      'refresh the OAuth access token (video.tokenEnv, default GOOGLE_MEET_TOKEN) and make sure it has the https://www.googleapis.com/auth/meetings.space.created scope (docs/integrations/google-meet.md).',
  });
}
