import { CaioError } from '../../domain/errors.js';

/** One page of an Instantly list: its items and the cursor for the next page (null on the last). */
export interface InstantlyPage<Item> {
  items: Item[];
  nextStartingAfter: string | null;
}

/** Stops a vendor that keeps answering with cursors: 1 000 pages × 100 items is far beyond any workspace we drive. */
const maxPages = 1_000;

/**
 * Walks Instantly's cursor pagination: asks for the first page without a cursor, then passes each
 * page's `next_starting_after` as the next request's `starting_after`, until the cursor is null
 * (developer.instantly.ai/api-reference/lead/list-leads). Stops early when `until` matches an item.
 *
 * @throws CaioError `vendor_error` (`details.malformed`) when Instantly repeats a cursor or exceeds
 *   1 000 pages, which would otherwise loop forever (RES-2: no unbounded work).
 */
export async function collectInstantlyPages<Item>(
  fetchPage: (startingAfter: string | undefined) => Promise<InstantlyPage<Item>>,
  until?: (item: Item) => boolean,
): Promise<Item[]> {
  const collected: Item[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const { items, nextStartingAfter } = await fetchPage(cursor);
    collected.push(...items);
    if (until && items.some(until)) return collected;
    if (nextStartingAfter === null || items.length === 0) return collected;
    if (seen.has(nextStartingAfter)) break;
    seen.add(nextStartingAfter);
    cursor = nextStartingAfter;
  }
  throw new CaioError('vendor_error', 'Instantly pagination did not end (repeated cursor or over 1000 pages).', {
    details: { malformed: true, vendor: 'Instantly' },
  });
}
