import { z } from 'zod';

/** One opportunity (`SearchOpportunitiesResponseSchema` in opportunities/opportunities.json): fields we read. */
export const goHighLevelOpportunitySchema = z.object({
  id: z.string().min(1),
  name: z.string().nullish(),
  contactId: z.string().nullish(),
  pipelineId: z.string().nullish(),
  pipelineStageId: z.string().nullish(),
  status: z.string().nullish(),
  monetaryValue: z.number().nullish(),
  lastStageChangeAt: z.string().nullish(),
});

/**
 * `GET /opportunities/search` page (`SearchSuccessfulResponseDto`): `opportunities` plus `meta`
 * with the cursor of the next page (`startAfter`, `startAfterId`) and `nextPage` (null on the last).
 */
export const goHighLevelOpportunitySearchResponseSchema = z.object({
  opportunities: z.array(goHighLevelOpportunitySchema),
  meta: z
    .object({
      total: z.number().nullish(),
      startAfter: z.union([z.number(), z.string()]).nullish(),
      startAfterId: z.string().nullish(),
      currentPage: z.number().nullish(),
      nextPage: z.number().nullish(),
    })
    .nullish(),
});

/** `PUT /opportunities/{id}` answer (`GetPostOpportunitySuccessfulResponseDto`): `{ opportunity }`. */
export const goHighLevelOpportunityResponseSchema = z.object({ opportunity: goHighLevelOpportunitySchema });

export type GoHighLevelOpportunityRecord = z.infer<typeof goHighLevelOpportunitySchema>;
