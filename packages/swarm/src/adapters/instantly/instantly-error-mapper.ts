import { CaioError, isCaioError } from '../../domain/errors.js';
import { httpStatusError } from '../http/http-status-error.js';
import { instantlyErrorBodySchema } from './instantly-schemas.js';

/** The vendor's own text from an Instantly error body (`message`, else `error`), if any. */
export function describeInstantlyErrorBody(body: unknown): string | undefined {
  const parsed = instantlyErrorBodySchema.safeParse(body);
  if (!parsed.success) return undefined;
  return parsed.data.message ?? parsed.data.error ?? undefined;
}

/**
 * Maps a non-2xx Instantly answer to a `CaioError` (RES-1, `ports/outbound-transport.ts`):
 * 401/403 → `permission_denied`, never retried, with Instantly's message and the fix
 * (`INSTANTLY_API_KEY`, scopes); 429 → `rate_limited` with `retryAfterMs` from Retry-After;
 * 5xx/408/409 → retryable `vendor_error`; other 4xx → non-retryable `vendor_error`.
 * `details.status` carries the HTTP status for the breaker; `details.instantlyMessage` the vendor text.
 */
export function instantlyHttpError(status: number, body: unknown, retryAfterMs: number | undefined): CaioError {
  const vendorMessage = describeInstantlyErrorBody(body);
  const extra = vendorMessage === undefined ? {} : { instantlyMessage: vendorMessage };
  return httpStatusError({
    vendor: 'Instantly',
    status,
    vendorMessage,
    retryAfterMs,
    details: extra,
    credentialsFix:
      'set INSTANTLY_API_KEY to an API v2 key with the campaigns:all and leads:all scopes (emails:read for reconciliation).',
  });
}

/**
 * Marks a failure of a call that writes (adds a lead, creates, activates or pauses a campaign) as
 * "maybe done" when the change may have landed: a timeout, or a 2xx answer we could not read
 * (`details.malformed`). Sets `details.outcomeUnknown = true` so the send worker reconciles before
 * any retry (RES-3, `OutboundTransport` TSDoc). Other errors pass unchanged.
 */
export function markOutcomeUnknown(error: unknown): unknown {
  if (!isCaioError(error)) return error;
  const landedMaybe = error.code === 'timeout' || error.details['malformed'] === true;
  if (!landedMaybe) return error;
  return new CaioError(
    error.code,
    `${error.message} Instantly may have applied the change; reconcile before retrying.`,
    {
      cause: error,
      retryable: error.isRetryable,
      details: { ...error.details, vendor: 'Instantly', outcomeUnknown: true },
    },
  );
}
