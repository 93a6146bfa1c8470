import type { HeyReachPage } from './collect-pages.js';
import type {
  HeyReachAddLeadsResult,
  HeyReachCampaign,
  HeyReachLead,
  HeyReachLeadCampaign,
  HeyReachLeadInput,
  HeyReachLeadList,
} from './heyreach-schemas.js';

/** Which lead a membership lookup is about: HeyReach accepts a profile URL, an email or a LinkedIn member id. */
export interface HeyReachLeadKey {
  profileUrl?: string;
  email?: string;
  linkedinId?: string;
}

/** Typed calls of the HeyReach public API that CAIO uses. Every method throws `CaioError` (mapping in `heyreach-error-mapper.ts`). */
export interface HeyReachClient {
  /** `GET /auth/CheckApiKey`: resolves when the key is valid; `permission_denied` otherwise. */
  checkApiKey(signal?: AbortSignal): Promise<void>;
  /** `POST /list/AddLeadsToListV2` `{ listId, leads }` (≤ 100 leads); re-adding a lead updates it. Not retried. */
  addLeadsToList(
    input: { listId: number; leads: readonly HeyReachLeadInput[] },
    signal?: AbortSignal,
  ): Promise<HeyReachAddLeadsResult>;
  /**
   * `POST /campaign/AddLeadsToCampaignV2` `{ campaignId, accountLeadPairs: [{ linkedInAccountId, lead }],
   * resumePausedCampaign, resumeFinishedCampaign }`. Both resume flags default to false here: adding leads
   * must never re-activate a campaign an operator or an emergency stop paused (SPEC §3.7). Not retried.
   */
  addLeadsToCampaign(
    input: {
      campaignId: number;
      accountLeadPairs: readonly { linkedInAccountId: number; lead: HeyReachLeadInput }[];
      resumePausedCampaign?: boolean;
      resumeFinishedCampaign?: boolean;
    },
    signal?: AbortSignal,
  ): Promise<HeyReachAddLeadsResult>;
  /** One page of `POST /campaign/GetAll` `{ offset, limit (≤ 100), statuses? }`. */
  getCampaigns(input: {
    offset: number;
    limit: number;
    statuses?: readonly string[];
  }): Promise<HeyReachPage<HeyReachCampaign>>;
  /** Every campaign, following the offset pagination of `GetAll` (`pageSize` default 100, the maximum). */
  getAllCampaigns(input?: { pageSize?: number; statuses?: readonly string[] }): Promise<HeyReachCampaign[]>;
  /** `POST /campaign/Pause?campaignId=…`. Not retried (RES-3); pausing again is harmless. */
  pauseCampaign(campaignId: number, signal?: AbortSignal): Promise<void>;
  /** `POST /campaign/Resume?campaignId=…` (paused, finished or failed campaigns only). Not retried. */
  resumeCampaign(campaignId: number, signal?: AbortSignal): Promise<void>;
  /** `POST /lead/GetLead` `{ profileUrl }`: the lead HeyReach holds, or null when it has none (404). */
  getLead(profileUrl: string, signal?: AbortSignal): Promise<HeyReachLead | null>;
  /** One page of `POST /campaign/GetCampaignsForLead`: the campaigns the lead is enrolled in. */
  getCampaignsForLead(
    input: HeyReachLeadKey & { offset: number; limit: number },
    signal?: AbortSignal,
  ): Promise<HeyReachPage<HeyReachLeadCampaign>>;
  /** One page of `POST /list/GetListsForLead`: the lead lists holding the lead. */
  getListsForLead(
    input: HeyReachLeadKey & { offset: number; limit: number },
    signal?: AbortSignal,
  ): Promise<HeyReachPage<HeyReachLeadList>>;
}
