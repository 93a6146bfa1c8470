import { CaioError } from '../../domain/errors.js';

/** A non-2xx CalDAV answer. */
export interface CalDavFailure {
  status: number;
  /** What was asked, e.g. `REPORT calendar-query`, for the message. */
  operation: string;
  /** Parsed `Retry-After`, in ms. */
  retryAfterMs?: number | undefined;
}

/**
 * Maps a CalDAV (RFC 4791 / RFC 4918) HTTP status to the one error family (STYLE.md §6, RES-1), like the
 * other adapters: 401/403 → `permission_denied` (not retryable: fix `caldav.username` / the password);
 * 404 → `not_found`; 412 → `conflict` (a precondition failed: the resource exists on `If-None-Match: *`
 * or changed on `If-Match`); 429 → `rate_limited` with `retryAfterMs`; 408 and 5xx → retryable
 * `vendor_error`; other 4xx → non-retryable `vendor_error`. The status is in `details.status`.
 */
export function calDavStatusError(failure: CalDavFailure): CaioError {
  const { status, operation, retryAfterMs } = failure;
  const details = { status, vendor: 'CalDAV', operation };
  if (status === 401 || status === 403) {
    return new CaioError(
      'permission_denied',
      `The CalDAV server refused the credentials for ${operation} (HTTP ${status}); check caldav.username and CALDAV_PASSWORD and that the user owns the calendar.`,
      { details, retryable: false },
    );
  }
  if (status === 404) {
    return new CaioError(
      'not_found',
      `The CalDAV resource for ${operation} does not exist (HTTP 404); check caldav.calendarUrl.`,
      {
        details,
      },
    );
  }
  if (status === 412) {
    return new CaioError('conflict', `The CalDAV precondition for ${operation} failed (HTTP 412); re-read and retry.`, {
      details,
      retryable: false,
    });
  }
  if (status === 429) {
    return new CaioError('rate_limited', `The CalDAV server rate-limited ${operation} (HTTP 429); wait and retry.`, {
      details,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  const retryable = status === 408 || status >= 500;
  return new CaioError('vendor_error', `The CalDAV server answered HTTP ${status} to ${operation}.`, {
    details,
    retryable,
  });
}
