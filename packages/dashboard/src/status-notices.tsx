import type { ReactNode } from 'react';
import type { ApiError } from './api-error.js';

/** A polite "loading" line that screen readers announce. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="notice notice-loading" role="status">
      Loading {what}…
    </p>
  );
}

/** An error from the API with its code and message, and a retry button when one makes sense. */
export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{error.status ? `Error ${error.status}` : 'Error'}</strong> <code>{error.code}</code>: {error.message}
      </p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}

/** What an empty list says, with an optional hint. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="notice notice-empty">{children}</p>;
}
