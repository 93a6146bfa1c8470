import type { z } from 'zod';
import { CaioError } from '../../domain/errors.js';
import type {
  GoHighLevelOpportunityRecord,
  goHighLevelOpportunitySearchResponseSchema,
} from './gohighlevel-opportunity-schemas.js';

/** Where the next page starts: the page number plus the cursor HighLevel's `meta` returned. */
export interface OpportunityPageCursor {
  page: number;
  startAfter?: string;
  startAfterId?: string;
}

type OpportunityPage = z.infer<typeof goHighLevelOpportunitySearchResponseSchema>;

/**
 * Follows `GET /opportunities/search` pagination to the end: each next request carries `page`
 * (`meta.nextPage`) and the cursor `startAfter` + `startAfterId`, like HighLevel's own
 * `meta.nextPageUrl`. Stops on an empty page or when `meta.nextPage` is absent.
 *
 * @throws CaioError non-retryable `vendor_error` when more than `maxPages` pages come back or the
 *   cursor does not advance (a looping answer), rather than returning a silently partial list.
 */
export async function collectOpportunityPages(
  fetchPage: (cursor: OpportunityPageCursor) => Promise<OpportunityPage>,
  maxPages: number,
): Promise<GoHighLevelOpportunityRecord[]> {
  const collected: GoHighLevelOpportunityRecord[] = [];
  let cursor: OpportunityPageCursor = { page: 1 };
  for (let fetched = 0; fetched < maxPages; fetched += 1) {
    const page = await fetchPage(cursor);
    collected.push(...page.opportunities);
    const meta = page.meta;
    if (page.opportunities.length === 0 || !meta?.nextPage) return collected;
    const startAfterId = meta.startAfterId ?? undefined;
    if (startAfterId !== undefined && startAfterId === cursor.startAfterId) {
      throw new CaioError('vendor_error', 'GoHighLevel opportunity search returned the same page cursor twice.', {
        retryable: false,
        details: { vendor: 'GoHighLevel', endpoint: 'GET /opportunities/search', startAfterId },
      });
    }
    cursor = {
      page: meta.nextPage,
      ...(meta.startAfter === null || meta.startAfter === undefined ? {} : { startAfter: String(meta.startAfter) }),
      ...(startAfterId === undefined ? {} : { startAfterId }),
    };
  }
  throw new CaioError(
    'vendor_error',
    `GoHighLevel opportunity search has more than ${maxPages} pages; narrow the filter (pipeline, stage, contact).`,
    { retryable: false, details: { vendor: 'GoHighLevel', endpoint: 'GET /opportunities/search', truncated: true } },
  );
}
