import type { ReactNode } from 'react';
import { EmptyState, ErrorNotice, Loading } from './status-notices.js';
import type { PagedList } from './use-paged-list.js';

/**
 * The loading, error (with retry) and empty notices every paged list shows before its items; renders
 * nothing once the list is ready with items.
 */
export function PagedListNotices<Item>({
  list,
  what,
  empty,
}: {
  list: PagedList<Item>;
  /** Announced while the first page loads ("Loading {what}…"). */
  what: string;
  /** What an empty list says. */
  empty: ReactNode;
}) {
  if (list.status === 'loading') return <Loading what={what} />;
  if (list.status === 'error' && list.error) return <ErrorNotice error={list.error} onRetry={list.reload} />;
  if (list.status === 'ready' && list.items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return null;
}

/** The "Load more" button of a keyset-paged list; hidden when the server reported no next page. */
export function LoadMoreButton<Item>({ list }: { list: PagedList<Item> }) {
  if (!list.hasMore) return null;
  return (
    <button type="button" onClick={list.loadMore} disabled={list.loadingMore}>
      {list.loadingMore ? 'Loading…' : 'Load more'}
    </button>
  );
}
