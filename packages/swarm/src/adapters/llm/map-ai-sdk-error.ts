import { APICallError } from 'ai';
import { CaioError } from '../../domain/errors.js';

function retryAfterMs(headers: Readonly<Record<string, string>> | undefined): number | undefined {
  const value = headers?.['retry-after'];
  if (value === undefined) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : undefined;
}

/**
 * Maps an AI SDK failure to the one error family (STYLE.md §6; specs/security.md RES-1/RES-2):
 * 401/403 → `permission_denied` (never retried), 429 → `rate_limited` with `retryAfterMs` from
 * Retry-After, 5xx and connection errors → retryable `vendor_error`, other 4xx → non-retryable
 * `vendor_error`, an abort or timeout → `timeout`. Messages name the model, never the prompt (PII-2).
 */
export function mapAiSdkError(error: unknown, modelSlug: string): CaioError {
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
    return new CaioError(
      'timeout',
      `The language model ${modelSlug} did not answer in time; it will be retried later.`,
      {
        cause: error,
      },
    );
  }
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    if (status === 401 || status === 403) {
      return new CaioError(
        'permission_denied',
        `The language model ${modelSlug} refused our credentials (HTTP ${status}); check the provider API key.`,
        {
          cause: error,
          retryable: false,
          details: { status },
        },
      );
    }
    if (status === 429) {
      const wait = retryAfterMs(error.responseHeaders);
      return new CaioError('rate_limited', `The language model ${modelSlug} is rate limiting us; retry later.`, {
        cause: error,
        details: { status },
        ...(wait === undefined ? {} : { retryAfterMs: wait }),
      });
    }
    const retryable = status === undefined || status >= 500;
    return new CaioError('vendor_error', `The language model ${modelSlug} failed (HTTP ${status ?? 'no response'}).`, {
      cause: error,
      retryable,
      details: { status: status ?? null },
    });
  }
  return new CaioError('vendor_error', `The language model ${modelSlug} failed; see the cause.`, { cause: error });
}
