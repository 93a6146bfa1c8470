import { CaioError } from '../../domain/errors.js';
import { CalendarEventExistsError } from '../../ports/calendar-event-exists-error.js';
import { classifyVendorFailure } from '../http/classify-vendor-failure.js';
import { googleErrorBodySchema } from '../http/google-error-body.js';
import { httpStatusError } from '../http/http-status-error.js';
import { parseRetryAfterMs } from '../http/parse-retry-after.js';

const vendor = 'Google Calendar';

/** Reasons Google sends with 403 (and 429) when a quota, not a permission, stopped the call (guides/errors). */
const rateLimitReasons = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded', 'dailyLimitExceeded']);

/** The rejection of a create whose id already exists: `code` is `'ALREADY_EXISTS'` (calendar port, HTTP 409). */
export class GoogleCalendarEventExistsError extends CalendarEventExistsError {
  constructor(eventId: string) {
    super(eventId);
    this.message = `Google Calendar event ${eventId} already exists; a retried booking write is already done.`;
    this.name = 'GoogleCalendarEventExistsError';
  }
}

/** A failed googleapis (gaxios) request as far as we read it. */
interface GaxiosLikeError {
  status?: number;
  response?: { status?: number; data?: unknown; headers?: unknown };
}

/** The HTTP status of a gaxios error, or undefined when no answer arrived (socket, DNS, abort). */
export function googleErrorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = error as GaxiosLikeError;
  const status = candidate.response?.status ?? candidate.status;
  return typeof status === 'number' ? status : undefined;
}

function headerOf(headers: unknown, name: string): string | null {
  if (typeof headers !== 'object' || headers === null) return null;
  // gaxios answers with a WHATWG Headers (possibly from another realm, so no instanceof); older ones with a record.
  const getter = (headers as { get?: unknown }).get;
  const value: unknown =
    typeof getter === 'function' ? getter.call(headers, name) : (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

/**
 * Maps a failed `@googleapis/calendar` call to a `CaioError` (RES-1; Google's documented errors,
 * developers.google.com/calendar/api/guides/errors): 401 → `permission_denied`, not retried (refresh or
 * reconnect the OAuth token); 403 with a rate-limit reason and 429 → `rate_limited` with `retryAfterMs`
 * from Retry-After; other 403 → `permission_denied`; 408/409/5xx → retryable `vendor_error`; other 4xx
 * → non-retryable `vendor_error`; no answer → `timeout` / `vendor_error` (connection) via
 * `classifyVendorFailure`. `details.status` and `details.reason` carry Google's status and reason.
 */
export function googleCalendarError(error: unknown, signal: AbortSignal, nowMs: number): CaioError {
  const status = googleErrorStatus(error);
  if (status === undefined) return classifyVendorFailure(error, vendor, signal);
  const response = (error as GaxiosLikeError).response;
  const body = googleErrorBodySchema.safeParse(response?.data);
  const vendorMessage = body.success ? body.data.error.message : undefined;
  const reason = body.success ? body.data.error.errors?.[0]?.reason : undefined;
  const details = { status, vendor, ...(reason ? { reason } : {}), ...(vendorMessage ? { vendorMessage } : {}) };
  const retryAfterMs = parseRetryAfterMs(headerOf(response?.headers, 'retry-after'), nowMs);
  if (status === 429 || (status === 403 && reason !== undefined && rateLimitReasons.has(reason))) {
    return new CaioError('rate_limited', `${vendor} rate limit reached (HTTP ${status}); wait and retry.`, {
      details,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  return httpStatusError({
    vendor,
    status,
    vendorMessage,
    details,
    cause: error,
    credentialsFix: 'refresh the OAuth access token or reconnect the calendar with the calendar.events scope.',
  });
}
