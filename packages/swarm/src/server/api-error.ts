import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isCaioError, type CaioErrorCode } from '../domain/errors.js';

/** The one error body of the API (SPEC §14): a stable machine code and a message saying what to do. */
export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

/** HTTP status per {@link CaioErrorCode}; the only place CaioError codes meet HTTP (STYLE.md §6). */
export const statusByErrorCode: Readonly<Record<CaioErrorCode, ContentfulStatusCode>> = {
  input_invalid: 400,
  permission_denied: 403,
  not_found: 404,
  conflict: 409,
  policy_refused: 422,
  emergency_stop: 423,
  rate_limited: 429,
  config_invalid: 500,
  config_placeholder: 500,
  internal: 500,
  vendor_error: 502,
  circuit_open: 503,
  database_locked: 503,
  timeout: 504,
};

/** Writes the error body with its status. */
export function errorResponse(
  context: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  field?: string,
): Response {
  const body: ApiErrorBody = { error: { code, message, ...(field ? { field } : {}) } };
  return context.json(body, status);
}

/**
 * The app's error hook: a {@link CaioError} becomes its mapped status and code (a `conflict` whose
 * `details.reason` is `expired` becomes 410 `expired`); anything else is a 500 `internal` whose
 * message reveals nothing about the failure.
 */
export function respondToError(error: unknown, context: Context): Response {
  if (isCaioError(error)) {
    if (error.code === 'conflict' && error.details.reason === 'expired') {
      return errorResponse(context, 410, 'expired', error.message);
    }
    const field = typeof error.details.field === 'string' ? error.details.field : undefined;
    if (error.code === 'rate_limited' && error.retryAfterMs !== undefined) {
      context.header('Retry-After', String(Math.ceil(error.retryAfterMs / 1000)));
    }
    return errorResponse(context, statusByErrorCode[error.code], error.code, error.message, field);
  }
  return errorResponse(context, 500, 'internal', 'Internal error; see the server log.');
}
