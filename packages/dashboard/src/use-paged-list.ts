import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from './api-client.js';
import type { ApiError } from './api-error.js';
import type { Page } from './api-types.js';
import { useApi } from './api-context.js';
import { useApiFailure } from './use-api-failure.js';

/** State of a paged list: loading first page, failed, or ready with items and maybe more to load. */
export interface PagedList<Item> {
  status: 'loading' | 'error' | 'ready';
  items: Item[];
  error: ApiError | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  reload: () => void;
  /** Replaces items in place (after an approve, reject or edit answered with the new version). */
  replaceItem: (matches: (item: Item) => boolean, next: Item) => void;
}

/**
 * Loads a keyset-paginated API list (`{ items, nextCursor }`), re-loading when `key` changes. A 401
 * hands control back to the token prompt.
 */
export function usePagedList<Item>(
  loadPage: (client: ApiClient, cursor: string | undefined) => Promise<Page<Item>>,
  key: string,
): PagedList<Item> {
  const { client } = useApi();
  const toFailure = useApiFailure();
  const [status, setStatus] = useState<PagedList<Item>['status']>('loading');
  const [items, setItems] = useState<Item[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [generation, setGeneration] = useState(0);
  const loadPageRef = useRef(loadPage);
  loadPageRef.current = loadPage;

  const fail = useCallback((caught: unknown) => setError(toFailure(caught)), [toFailure]);

  useEffect(() => {
    let cancelled = false;
    setStatus('loading');
    setError(null);
    loadPageRef
      .current(client, undefined)
      .then((page) => {
        if (cancelled) return;
        setItems(page.items);
        setNextCursor(page.nextCursor);
        setStatus('ready');
      })
      .catch((caught: unknown) => {
        if (cancelled) return;
        fail(caught);
        setStatus('error');
      });
    return () => {
      cancelled = true;
    };
  }, [client, key, generation, fail]);

  const loadMore = useCallback(() => {
    if (!nextCursor || loadingMore) return;
    setLoadingMore(true);
    loadPageRef
      .current(client, nextCursor)
      .then((page) => {
        setItems((current) => [...current, ...page.items]);
        setNextCursor(page.nextCursor);
      })
      .catch(fail)
      .finally(() => setLoadingMore(false));
  }, [client, nextCursor, loadingMore, fail]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const replaceItem = useCallback((matches: (item: Item) => boolean, next: Item) => {
    setItems((current) => current.map((item) => (matches(item) ? next : item)));
  }, []);

  return { status, items, error, hasMore: nextCursor !== null, loadingMore, loadMore, reload, replaceItem };
}
