import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from './api-client.js';
import type { ApiError } from './api-error.js';
import { useApi } from './api-context.js';
import { useApiFailure } from './use-api-failure.js';

/** State of one API read: loading, failed, or ready with its data. */
export type Resource<Data> =
  | { status: 'loading'; reload: () => void }
  | { status: 'error'; error: ApiError; reload: () => void }
  | { status: 'ready'; data: Data; reload: () => void };

/** Loads one API resource, re-loading when `key` changes; a 401 hands control back to the token prompt. */
export function useResource<Data>(load: (client: ApiClient) => Promise<Data>, key: string): Resource<Data> {
  const { client } = useApi();
  const toFailure = useApiFailure();
  const [state, setState] = useState<
    { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: Data }
  >({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    loadRef
      .current(client)
      .then((data) => {
        if (!cancelled) setState({ status: 'ready', data });
      })
      .catch((caught: unknown) => {
        if (cancelled) return;
        setState({ status: 'error', error: toFailure(caught) });
      });
    return () => {
      cancelled = true;
    };
  }, [client, key, generation, toFailure]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, reload };
}
