import { useCallback } from 'react';
import { toApiError, type ApiError } from './api-error.js';
import { useApi } from './api-context.js';

/**
 * Returns a handler for anything a failed API call threw: it normalises the value to an
 * {@link ApiError} and, on a 401, hands control back to the token prompt (SPEC §14), then returns the
 * error for the view to show.
 */
export function useApiFailure(): (caught: unknown) => ApiError {
  const { onUnauthorized } = useApi();
  return useCallback(
    (caught: unknown) => {
      const apiError = toApiError(caught);
      if (apiError.needsToken) onUnauthorized();
      return apiError;
    },
    [onUnauthorized],
  );
}
