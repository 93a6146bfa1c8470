import type { Clock } from '../../ports/clock.js';
import type { FetchLike } from '../http/create-json-http-client.js';
import type { InstantlyCampaignInput } from './build-campaign-body.js';
import type { InstantlyPage } from './collect-instantly-pages.js';
import type { InstantlyCampaign, InstantlyEmail, InstantlyLead } from './instantly-schemas.js';
import type { InstantlyResilientCall } from './resilient-call-like.js';

/** Documented default base URL of the Instantly API v2. */
export const instantlyDefaultBaseUrl = 'https://api.instantly.ai/api/v2';

/** Settings of {@link createInstantlyClient}; resolved by `config/`, never read from the environment here. */
export interface InstantlyClientSettings {
  /** API v2 key (env `INSTANTLY_API_KEY`), sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** Default {@link instantlyDefaultBaseUrl} (config `instantly.baseUrl`); a fake server's URL in tests. */
  baseUrl?: string;
  /** Default: the global `fetch`. */
  fetch?: FetchLike;
  clock: Clock;
  /**
   * Breaker → retry → timeout for every call (RES-1..RES-3): pass
   * `createResilientCall({ breaker: createCircuitBreaker({ name: 'instantly', clock }), timeoutMs: 10_000 })`.
   * Only reads and pauses are declared idempotent; lead adds and campaign creation are never retried.
   */
  resilientCall: InstantlyResilientCall;
  /** `limit` per list request, 1–100 (Instantly's maximum). Default 100. */
  pageSize?: number;
}

/** A lead to add to a campaign: contact fields plus custom variables (string, number, boolean or null values). */
export interface InstantlyLeadInput {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  companyName?: string | null;
  customVariables: Readonly<Record<string, string | number | boolean | null>>;
}

/** Filter and cursor of {@link InstantlyClient.listEmails}; give `lead` or `campaignId` (or both). */
export interface InstantlyEmailQuery {
  /** The lead's email address (`lead` query parameter). */
  lead?: string;
  /** `campaign_id` query parameter. */
  campaignId?: string;
  /** `next_starting_after` of the previous page. */
  startingAfter?: string;
}

/** Typed calls to the Instantly API v2 that CAIO needs (SPEC §3.7). Every method throws `CaioError`. */
export interface InstantlyClient {
  /** `POST /campaigns`; the campaign is created as a draft and is never left active. */
  createCampaign(input: InstantlyCampaignInput): Promise<InstantlyCampaign>;
  /** `POST /campaigns/{id}/activate`: starts or resumes sending. */
  activateCampaign(campaignId: string): Promise<InstantlyCampaign>;
  /** `POST /campaigns/{id}/pause`. */
  pauseCampaign(campaignId: string): Promise<InstantlyCampaign>;
  /** `GET /campaigns`, every page. */
  listCampaigns(): Promise<InstantlyCampaign[]>;
  /** `POST /leads` with `campaign`, `skip_if_in_campaign: true` and `custom_variables`. `signal` cancels it. */
  addLead(campaignId: string, lead: InstantlyLeadInput, signal?: AbortSignal): Promise<InstantlyLead>;
  /**
   * `POST /leads/list` filtered by `campaign` and `contacts: [email]` (sent trimmed and lower-cased,
   * as the transport adds leads); null when absent.
   */
  findLead(campaignId: string, email: string, signal?: AbortSignal): Promise<InstantlyLead | null>;
  /** `GET /emails` filtered by lead and/or campaign: one page (the endpoint allows 20 requests/min). */
  listEmails(query: InstantlyEmailQuery): Promise<InstantlyPage<InstantlyEmail>>;
}
