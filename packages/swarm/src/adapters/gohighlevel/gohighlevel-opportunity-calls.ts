import { collectOpportunityPages } from './collect-opportunity-pages.js';
import { goHighLevelApiVersions } from './gohighlevel-api-versions.js';
import { requireGoHighLevelText, type GoHighLevelCaller } from './gohighlevel-caller.js';
import type { GoHighLevelClient } from './gohighlevel-client.js';
import {
  goHighLevelOpportunityResponseSchema,
  goHighLevelOpportunitySearchResponseSchema,
} from './gohighlevel-opportunity-schemas.js';
import { parseGoHighLevelResponse } from './parse-gohighlevel-response.js';
import { toGoHighLevelOpportunity } from './to-gohighlevel-records.js';

const version = goHighLevelApiVersions.opportunities;

/** `searchOpportunities` (every page of `GET /opportunities/search`) and `moveOpportunityStage` (`PUT /opportunities/{id}`). */
export function goHighLevelOpportunityCalls(
  call: GoHighLevelCaller,
  locationId: string,
): Pick<GoHighLevelClient, 'searchOpportunities' | 'moveOpportunityStage'> {
  return {
    async searchOpportunities(filter = {}, options = {}) {
      const records = await collectOpportunityPages(async (cursor) => {
        const query = {
          location_id: locationId,
          contact_id: filter.contactId,
          pipeline_id: filter.pipelineId,
          pipeline_stage_id: filter.pipelineStageId,
          status: filter.status,
          q: filter.query,
          // HighLevel allows at most 100 records per page.
          limit: Math.min(100, Math.max(1, options.pageSize ?? 100)),
          ...cursor,
        };
        const raw = await call({ version, method: 'GET', path: '/opportunities/search', query }, true, options.signal);
        return parseGoHighLevelResponse(goHighLevelOpportunitySearchResponseSchema, raw, 'GET /opportunities/search');
      }, options.maxPages ?? 50);
      return records.map(toGoHighLevelOpportunity);
    },
    async moveOpportunityStage(opportunityId, pipelineStageId, signal) {
      const path = `/opportunities/${encodeURIComponent(requireGoHighLevelText(opportunityId, 'opportunity id'))}`;
      const body = { pipelineStageId: requireGoHighLevelText(pipelineStageId, 'pipelineStageId') };
      // Setting the same stage twice leaves the same state: idempotent, so it may be retried (RES-3).
      const raw = await call({ version, method: 'PUT', path, body }, true, signal);
      const parsed = parseGoHighLevelResponse(goHighLevelOpportunityResponseSchema, raw, 'PUT /opportunities/{id}');
      return toGoHighLevelOpportunity(parsed.opportunity);
    },
  };
}
