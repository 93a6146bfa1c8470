import { CaioError } from '../../domain/errors.js';

/** One page of an offset-paginated HeyReach collection. */
export interface HeyReachPage<Item> {
  /** Total items on the server, when HeyReach reports it. */
  totalCount: number | null;
  items: Item[];
}

/**
 * Reads every page of an offset/limit collection (HeyReach `GetAll`-style endpoints: body
 * `{ offset, limit }`, answer `{ totalCount, items }`, limit at most 100). Stops at a short or empty
 * page or once `totalCount` items were read.
 *
 * @throws CaioError `vendor_error` when more than `maxPages` pages arrive (a server that ignores
 *   `offset` would otherwise loop forever).
 */
export async function collectPages<Item>(
  fetchPage: (offset: number, limit: number) => Promise<HeyReachPage<Item>>,
  options: { pageSize: number; maxPages?: number; what: string },
): Promise<Item[]> {
  const { pageSize, maxPages = 1_000, what } = options;
  const items: Item[] = [];
  for (let page = 0; page < maxPages; page += 1) {
    const { totalCount, items: pageItems } = await fetchPage(page * pageSize, pageSize);
    items.push(...pageItems);
    const done = pageItems.length < pageSize || (totalCount !== null && items.length >= totalCount);
    if (done) return items;
  }
  throw new CaioError(
    'vendor_error',
    `HeyReach kept returning full pages of ${what} after ${maxPages} pages; stopped.`,
    {
      retryable: false,
      details: { vendor: 'HeyReach', pagination: true },
    },
  );
}
