import { z } from 'zod';

/**
 * Response schemas of the HeyReach public API (https://api.heyreach.io/api/public, Postman collection
 * "HeyReach API"). Lenient with the vendor (STYLE.md §5): only the fields we read, extra keys pass,
 * ids may arrive as numbers or numeric strings.
 */
const id = z.union([z.number(), z.string()]).transform((value) => String(value));

/** `POST /list/AddLeadsToListV2` and `POST /campaign/AddLeadsToCampaignV2` answer these counts. */
export const heyReachAddLeadsResultSchema = z.looseObject({
  addedLeadsCount: z.number().int().nonnegative().default(0),
  updatedLeadsCount: z.number().int().nonnegative().default(0),
  failedLeadsCount: z.number().int().nonnegative().default(0),
});
export type HeyReachAddLeadsResult = z.output<typeof heyReachAddLeadsResultSchema>;

/**
 * Campaign statuses documented for `POST /campaign/GetAll` filters: DRAFT, IN_PROGRESS, PAUSED,
 * FINISHED, CANCELED, FAILED, STARTING, SCHEDULED. Kept as a string so a new status does not break parsing.
 */
export const heyReachCampaignSchema = z.looseObject({
  id,
  name: z.string().nullish(),
  status: z.string(),
  linkedInUserListId: id.nullish(),
  campaignAccountIds: z.array(id).nullish(),
});
export type HeyReachCampaign = z.output<typeof heyReachCampaignSchema>;

/** One page of an offset-paginated collection: `{ totalCount, items }`. */
export function heyReachPageSchema<Item extends z.ZodType>(item: Item) {
  return z.looseObject({ totalCount: z.number().int().nonnegative().nullish(), items: z.array(item) });
}

/** An item of `POST /campaign/GetCampaignsForLead`: the campaign and the lead's state in it. */
export const heyReachLeadCampaignSchema = z
  .looseObject({
    campaignId: id.optional(),
    id: id.optional(),
    campaignStatus: z.string().nullish(),
    leadStatus: z.string().nullish(),
    leadCampaignStatus: z.string().nullish(),
  })
  .transform((item) => ({
    campaignId: item.campaignId ?? item.id ?? null,
    campaignStatus: item.campaignStatus ?? null,
    leadStatus: item.leadCampaignStatus ?? item.leadStatus ?? null,
  }));
export type HeyReachLeadCampaign = z.output<typeof heyReachLeadCampaignSchema>;

/** An item of `POST /list/GetListsForLead`: a list holding the lead. */
export const heyReachLeadListSchema = z
  .looseObject({ id: id.optional(), listId: id.optional(), name: z.string().nullish() })
  .transform((item) => ({ listId: item.listId ?? item.id ?? null, name: item.name ?? null }));
export type HeyReachLeadList = z.output<typeof heyReachLeadListSchema>;

/** `POST /lead/GetLead`: the lead's profile as HeyReach holds it (documented example response). */
export const heyReachLeadSchema = z.looseObject({
  linkedin_id: id.nullish(),
  profileUrl: z.string(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  companyName: z.string().nullish(),
  emailAddress: z.string().nullish(),
});
export type HeyReachLead = z.output<typeof heyReachLeadSchema>;

/** HeyReach error bodies carry `errorMessage` (e.g. the Resume refusal); some gateways send `message`. */
export const heyReachErrorBodySchema = z.looseObject({
  errorMessage: z.string().nullish(),
  message: z.string().nullish(),
  title: z.string().nullish(),
});

/**
 * A lead as `AddLeadsToListV2` / `AddLeadsToCampaignV2` take it (documented request body).
 * `profileUrl` is required for LinkedIn outreach; the rest personalise the sequence.
 */
export interface HeyReachLeadInput {
  profileUrl: string;
  firstName?: string;
  lastName?: string;
  companyName?: string;
  emailAddress?: string;
  position?: string;
  location?: string;
  summary?: string;
  about?: string;
  /** Names: letters, digits and underscores only (HeyReach rule). */
  customUserFields?: { name: string; value: string }[];
}
