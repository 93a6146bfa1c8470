import { CaioError, isCaioError } from '../../domain/errors.js';

/** Socket-level error codes (Node and undici) that mean "could not talk to the vendor". */
const connectionErrorCodes: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);
const timeoutErrorCodes: ReadonlySet<string> = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
]);

function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string') return own;
  // fetch wraps socket errors: TypeError('fetch failed', { cause: { code: 'ECONNRESET' } }).
  return errorCodeOf((error as { cause?: unknown }).cause);
}

/**
 * Maps anything a vendor call can throw to a {@link CaioError} with a stable code:
 * `timeout` (abort/timeout errors, ETIMEDOUT), `vendor_error` with `details.connection` (socket
 * errors, DNS failures), `vendor_error` with `details.malformed` (unparseable JSON), otherwise
 * `vendor_error` wrapping the cause. A `CaioError` passes through unchanged (it already says
 * `rate_limited`, `circuit_open` or a status). Never throws.
 */
export function classifyError(error: unknown, vendor = 'vendor'): CaioError {
  if (isCaioError(error)) return error;
  const name = error instanceof Error ? error.name : '';
  const code = errorCodeOf(error);
  if (name === 'AbortError' || name === 'TimeoutError' || (code !== undefined && timeoutErrorCodes.has(code))) {
    return new CaioError('timeout', `${vendor} did not answer in time; it will be retried or skipped.`, {
      cause: error,
    });
  }
  if (code !== undefined && connectionErrorCodes.has(code)) {
    return new CaioError('vendor_error', `Could not connect to ${vendor} (${code}); check the network and base URL.`, {
      cause: error,
      details: { connection: true, errorCode: code },
    });
  }
  if (error instanceof SyntaxError) {
    return new CaioError('vendor_error', `${vendor} sent a response that is not valid JSON.`, {
      cause: error,
      details: { malformed: true },
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CaioError('vendor_error', `${vendor} call failed: ${message}`, { cause: error });
}

/**
 * How an error counts for a circuit breaker (RES-1): `failure` (timeouts, 5xx, connection and
 * malformed-response errors) trips it; `rate_limited` (429) is counted separately and honours
 * Retry-After; `client_error` (other 4xx) does not trip but raises an alert; `neutral` (our own
 * refusals such as `circuit_open` or `input_invalid`) does not touch the breaker.
 */
export type FailureKind = 'failure' | 'rate_limited' | 'client_error' | 'neutral';

/** Classifies an error (see {@link FailureKind}). The HTTP status is read from `details.status`. */
export function failureKindOf(error: unknown): FailureKind {
  const classified = classifyError(error);
  if (classified.code === 'timeout') return 'failure';
  if (classified.code === 'rate_limited') return 'rate_limited';
  if (classified.code !== 'vendor_error') return 'neutral';
  // A permanent refusal from a non-HTTP protocol (an SMTP 5yz reply, RFC 5321 §4.2.1) proves the
  // vendor is up, like an HTTP 4xx: alert, but do not trip the breaker (RES-1).
  if (classified.details['permanent'] === true) return 'client_error';
  const status = classified.details['status'];
  if (typeof status !== 'number') return 'failure';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'failure';
  return status >= 400 ? 'client_error' : 'failure';
}
