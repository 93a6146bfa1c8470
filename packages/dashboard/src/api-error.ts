/**
 * A failed API call: the HTTP status (0 when the server did not answer), the server's stable error
 * `code` (SPEC §14 `{ error: { code, message } }`) and its message, which says what to do.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** True when the token is missing or wrong: the dashboard asks for it again. */
  get needsToken(): boolean {
    return this.status === 401;
  }

  /** True when the item changed under us (409: no longer pending; 410: batch expired). */
  get isStale(): boolean {
    return this.status === 409 || this.status === 410;
  }
}

/** Normalises anything thrown into an {@link ApiError} so views show one kind of error. */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'client', String(error));
}

function isErrorBody(value: unknown): value is { error: { code: string; message: string; field?: unknown } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/**
 * Maps a non-2xx response to an {@link ApiError}. A body that is not the API's error shape (a proxy's
 * HTML page, say) still yields an error with code `http_<status>` and the status text.
 */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: fall through to the generic error below.
  }
  if (isErrorBody(body)) {
    const field = typeof body.error.field === 'string' ? body.error.field : undefined;
    return new ApiError(response.status, body.error.code, body.error.message, field);
  }
  const statusText = response.statusText || 'request failed';
  return new ApiError(response.status, `http_${response.status}`, `HTTP ${response.status}: ${statusText}`);
}
