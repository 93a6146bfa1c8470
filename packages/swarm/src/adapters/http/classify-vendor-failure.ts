import { CaioError, isCaioError } from '../../domain/errors.js';

const connectionCodes = /^(ECONN|ENOTFOUND|EAI_AGAIN|EPIPE|EHOSTUNREACH|ENETUNREACH|UND_ERR)/;

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : codeOf((error as { cause?: unknown }).cause);
}

/**
 * Maps a failure that happened before a usable HTTP answer to a `CaioError`: an aborted request
 * rethrows the signal's reason when it is one (the resilience timeout), else `timeout`; socket and
 * DNS errors → `vendor_error` with `details.connection`; unparseable JSON → `vendor_error` with
 * `details.malformed`. Adapters cannot import the guardrails slice, hence this small twin of
 * `classifyError` there; both read the same `details` keys.
 */
export function classifyVendorFailure(error: unknown, vendor: string, signal: AbortSignal): CaioError {
  if (isCaioError(error)) return error;
  if (signal.aborted) {
    if (isCaioError(signal.reason)) return signal.reason;
    return new CaioError('timeout', `The request to ${vendor} was aborted before it answered.`, { cause: error });
  }
  if (error instanceof SyntaxError) {
    return new CaioError('vendor_error', `${vendor} sent a response that is not valid JSON.`, {
      cause: error,
      details: { malformed: true, vendor },
    });
  }
  const code = codeOf(error);
  if (code !== undefined && connectionCodes.test(code)) {
    return new CaioError('vendor_error', `Could not connect to ${vendor} (${code}); check the network and base URL.`, {
      cause: error,
      details: { connection: true, errorCode: code, vendor },
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CaioError('vendor_error', `Request to ${vendor} failed: ${message}`, {
    cause: error,
    details: { connection: true, vendor },
  });
}
