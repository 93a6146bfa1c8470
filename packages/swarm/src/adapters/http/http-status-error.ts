import { CaioError } from '../../domain/errors.js';

/** What {@link httpStatusError} needs to know about a non-2xx answer. */
export interface HttpFailure {
  vendor: string;
  status: number;
  /** The vendor's own error text, if its body had one. */
  vendorMessage?: string | undefined;
  /** Parsed `Retry-After`, in ms. */
  retryAfterMs?: number | undefined;
  /** Vendor facts (e.g. Twilio's `twilioCode`) merged into the error's `details` after `status` and `vendor`. */
  details?: Readonly<Record<string, unknown>> | undefined;
  /** The underlying failure, kept as the error's `cause` (e.g. a gaxios error). */
  cause?: unknown;
  /**
   * What the user must fix when the vendor refuses the credentials (e.g. "refresh the OAuth access
   * token …"). Given: 401/403 → `permission_denied`, never retried; absent: the generic `vendor_error`.
   */
  credentialsFix?: string | undefined;
}

/**
 * Maps a non-2xx HTTP status to the one error family (STYLE.md §6, RES-1): 429 → `rate_limited`
 * with `retryAfterMs`; 401/403 → `permission_denied` naming `credentialsFix` when given, else
 * `vendor_error` telling the user to check the API key; 408, 409
 * and 5xx → retryable `vendor_error`; other 4xx → non-retryable `vendor_error`. The status is in
 * `details.status` so circuit breakers can tell 5xx (trip) from 4xx (alert only); `failure.details`
 * adds the vendor's own facts to it.
 */
export function httpStatusError(failure: HttpFailure): CaioError {
  const { vendor, status, vendorMessage, retryAfterMs, cause } = failure;
  const said = vendorMessage ? ` ${vendor} said: ${vendorMessage}` : '';
  const details = { status, vendor, ...failure.details };
  if (status === 429) {
    return new CaioError('rate_limited', `${vendor} rate limit reached (HTTP 429); wait and retry.${said}`, {
      details,
      cause,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  if ((status === 401 || status === 403) && failure.credentialsFix !== undefined) {
    return new CaioError(
      'permission_denied',
      `${vendor} refused the request (HTTP ${status}${vendorMessage ? `: ${vendorMessage}` : ''}); ${failure.credentialsFix}`,
      { details, retryable: false, cause },
    );
  }
  if (status === 401 || status === 403) {
    return new CaioError(
      'vendor_error',
      `${vendor} refused the credentials (HTTP ${status}); check the API key and plan.${said}`,
      { details, retryable: false, cause },
    );
  }
  const retryable = status === 408 || status === 409 || status >= 500;
  return new CaioError('vendor_error', `${vendor} answered HTTP ${status}.${said}`, { details, retryable, cause });
}
