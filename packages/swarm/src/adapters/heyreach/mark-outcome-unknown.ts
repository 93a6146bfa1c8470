import { CaioError, isCaioError } from '../../domain/errors.js';

/** Socket errors that prove the request never reached HeyReach (nothing can have been written). */
const provablyUnsent: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * Marks a failed HeyReach write whose effect is unknown with `details.outcomeUnknown: true`, so the
 * send worker reconciles before any retry (RES-3, `OutboundTransport` contract): timeouts, 5xx,
 * malformed 2xx bodies and connection errors after the request may have left (ECONNRESET). Refusals
 * that prove nothing happened pass unchanged: 4xx (`permission_denied`, `rate_limited`, 400),
 * `circuit_open`, and connection errors such as ECONNREFUSED. Code, retryability and Retry-After are kept.
 */
export function markOutcomeUnknown(error: unknown): unknown {
  if (!isCaioError(error) || !isAmbiguous(error)) return error;
  return new CaioError(error.code, `${error.message} The write may have reached HeyReach; reconcile before retrying.`, {
    cause: error,
    retryable: error.isRetryable,
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    details: { ...error.details, outcomeUnknown: true },
  });
}

function isAmbiguous(error: CaioError): boolean {
  if (error.code === 'timeout') return true;
  if (error.code !== 'vendor_error') return false;
  const { status, malformed, connection, errorCode } = error.details;
  if (malformed === true) return true;
  if (typeof status === 'number') return status >= 500;
  if (connection === true) return !(typeof errorCode === 'string' && provablyUnsent.has(errorCode));
  return true;
}
