import { CaioError, isCaioError } from '../../domain/errors.js';

/** Socket errors raised before a byte of the request left: the message provably was not sent. */
const notSentErrorCodes: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function mayHaveBeenSent(error: CaioError): boolean {
  if (error.code === 'timeout') return true;
  if (error.code !== 'vendor_error') return false;
  if (error.details['malformed'] === true) return true;
  const status = error.details['status'];
  if (typeof status === 'number') return status >= 500;
  const errorCode = error.details['errorCode'];
  return !(typeof errorCode === 'string' && notSentErrorCodes.has(errorCode));
}

/**
 * Marks a failed send whose outcome is unknown with `details.outcomeUnknown: true`, so the send
 * worker reconciles before any retry (RES-3, ports/outbound-transport.ts). Ambiguous: timeouts, 5xx
 * (HighLevel may have queued the email before failing), a 2xx with an unreadable body, and socket
 * errors after connecting (e.g. ECONNRESET). Left as they are: 4xx, 429, `circuit_open` and
 * refused or unresolvable connections, which prove nothing left. Code and retryability are kept.
 */
export function markSendOutcomeUnknown(error: unknown): unknown {
  if (!isCaioError(error) || !mayHaveBeenSent(error)) return error;
  return new CaioError(error.code, `${error.message} The email may have been sent; reconcile before retrying.`, {
    cause: error,
    retryable: error.isRetryable,
    details: { ...error.details, outcomeUnknown: true },
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
  });
}
