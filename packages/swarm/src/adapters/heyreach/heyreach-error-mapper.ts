import { CaioError, isCaioError } from '../../domain/errors.js';
import { heyReachErrorBodySchema } from './heyreach-schemas.js';

/** HeyReach's own error text from an error body (`errorMessage`, else `message`/`title`), if any. */
export function describeHeyReachErrorBody(body: unknown): string | undefined {
  const parsed = heyReachErrorBodySchema.safeParse(body);
  if (!parsed.success) return typeof body === 'string' && body.trim() !== '' ? body.trim().slice(0, 300) : undefined;
  return parsed.data.errorMessage ?? parsed.data.message ?? parsed.data.title ?? undefined;
}

/**
 * Maps what the shared JSON client threw for a HeyReach call to our error family (RES-1):
 * - 401/403 (missing, invalid or deactivated `X-API-KEY`) → `permission_denied`, never retried,
 *   naming `HEYREACH_API_KEY`; `details.status` keeps the HTTP status;
 * - 429 (above 300 requests/min) → `rate_limited` with `retryAfterMs` from `Retry-After` (as is);
 * - 5xx, connection errors, malformed JSON → retryable `vendor_error` (as is; they trip the breaker);
 * - timeouts → `timeout` (as is).
 * Every error gets `details.operation` (e.g. `list/AddLeadsToListV2`) for the audit trail.
 */
export function mapHeyReachError(error: unknown, operation: string): unknown {
  if (!isCaioError(error)) return error;
  const status = error.details['status'];
  if (error.code === 'vendor_error' && (status === 401 || status === 403)) {
    return new CaioError(
      'permission_denied',
      `HeyReach refused the API key (HTTP ${status}) on ${operation}; set a valid workspace key in HEYREACH_API_KEY (HeyReach → Settings → Integrations → API).`,
      { cause: error, retryable: false, details: { ...error.details, operation } },
    );
  }
  if (error.details['operation'] !== undefined) return error;
  return new CaioError(error.code, error.message, {
    cause: error.cause,
    retryable: error.isRetryable,
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    details: { ...error.details, operation },
  });
}
