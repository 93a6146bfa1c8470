import { CaioError, hasErrorCode } from '../../domain/errors.js';
import type { Clock } from '../../ports/clock.js';
import { createJsonHttpClient, type FetchLike } from '../http/create-json-http-client.js';
import { collectPages } from './collect-pages.js';
import type { HeyReachClient } from './heyreach-client.js';
import { describeHeyReachErrorBody, mapHeyReachError } from './heyreach-error-mapper.js';
import {
  heyReachAddLeadsResultSchema,
  heyReachCampaignSchema,
  heyReachLeadCampaignSchema,
  heyReachLeadListSchema,
  heyReachLeadSchema,
  heyReachPageSchema,
} from './heyreach-schemas.js';
import type { HeyReachResilientCall } from './resilient-call-like.js';

/** Default base URL of the HeyReach public API. */
export const heyReachDefaultBaseUrl = 'https://api.heyreach.io/api/public';

/** Settings of {@link createHeyReachClient}; resolved by `config/`, never read from the environment here. */
export interface HeyReachClientSettings {
  /** Workspace API key (env `HEYREACH_API_KEY`), sent as the `X-API-KEY` header on every request. */
  apiKey: string;
  /** Default {@link heyReachDefaultBaseUrl}; tests point it at the fake server. */
  baseUrl?: string;
  fetch: FetchLike;
  clock: Clock;
  /**
   * Breaker → retry → timeout for every call (RES-1..RES-3), e.g.
   * `createResilientCall({ breaker: createCircuitBreaker({ name: 'heyreach', clock }), timeoutMs: 10_000 })`.
   * Reads are declared idempotent (HeyReach reads are side-effect-free POSTs); writes are not, so never retried.
   */
  resilientCall: HeyReachResilientCall;
}

/**
 * Creates the HeyReach API client (SPEC §3.7 LinkedIn sends): JSON over HTTPS to
 * `https://api.heyreach.io/api/public`, `X-API-KEY` auth, 300 requests/min per key (HeyReach docs).
 * Responses are checked with zod; a 2xx answer of the wrong shape is a `vendor_error` with
 * `details.malformed` (it trips the breaker like a 5xx).
 *
 * @throws CaioError `config_invalid` when the API key is blank, naming `HEYREACH_API_KEY`.
 * @example
 * const heyreach = createHeyReachClient({ apiKey, fetch, clock, resilientCall });
 * await heyreach.checkApiKey();
 */
export function createHeyReachClient(settings: HeyReachClientSettings): HeyReachClient {
  if (!settings.apiKey.trim()) {
    throw new CaioError('config_invalid', 'HeyReach needs an API key: set HEYREACH_API_KEY in the environment.');
  }
  const http = createJsonHttpClient({
    vendor: 'HeyReach',
    baseUrl: (settings.baseUrl ?? heyReachDefaultBaseUrl).replace(/\/+$/, ''),
    fetch: settings.fetch,
    headers: { 'X-API-KEY': settings.apiKey },
    nowMs: () => settings.clock.now().getTime(),
    describeErrorBody: describeHeyReachErrorBody,
  });
  const call = async <T>(
    operation: string,
    request: (signal: AbortSignal) => Promise<unknown>,
    parse: (body: unknown) => T,
    options: { idempotent: boolean; signal?: AbortSignal | undefined },
  ): Promise<T> => {
    try {
      // Parsing inside the operation lets a malformed 2xx count as a breaker failure (RES-1).
      return await settings.resilientCall(async (attempt) => parse(await request(attempt)), {
        idempotent: options.idempotent,
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      // Mapped outside the resilient call so the breaker still sees the raw 401 and alerts (RES-1).
      throw mapHeyReachError(error, operation);
    }
  };
  const read = <T>(operation: string, body: unknown, parse: (raw: unknown) => T, signal?: AbortSignal) =>
    call(operation, (attempt) => http.postJson(`/${operation}`, body, attempt), parse, { idempotent: true, signal });
  const write = <T>(path: string, body: unknown, parse: (raw: unknown) => T, signal?: AbortSignal) =>
    call(path.split('?')[0] ?? path, (attempt) => http.postJson(`/${path}`, body, attempt), parse, {
      idempotent: false,
      signal,
    });
  const nothing = (): void => undefined;
  const campaignPage = parser('campaign/GetAll', heyReachPageSchema(heyReachCampaignSchema));
  const client: HeyReachClient = {
    checkApiKey: (signal) =>
      call('auth/CheckApiKey', (attempt) => http.getJson('/auth/CheckApiKey', attempt), nothing, {
        idempotent: true,
        signal,
      }),
    addLeadsToList: ({ listId, leads }, signal) =>
      write(
        'list/AddLeadsToListV2',
        { listId, leads },
        parser('list/AddLeadsToListV2', heyReachAddLeadsResultSchema),
        signal,
      ),
    addLeadsToCampaign: (input, signal) =>
      write(
        'campaign/AddLeadsToCampaignV2',
        {
          campaignId: input.campaignId,
          accountLeadPairs: input.accountLeadPairs,
          resumePausedCampaign: input.resumePausedCampaign ?? false,
          resumeFinishedCampaign: input.resumeFinishedCampaign ?? false,
        },
        parser('campaign/AddLeadsToCampaignV2', heyReachAddLeadsResultSchema),
        signal,
      ),
    getCampaigns: async ({ offset, limit, statuses }) => {
      const page = await read(
        'campaign/GetAll',
        { offset, limit, ...(statuses && statuses.length > 0 ? { statuses } : {}) },
        campaignPage,
      );
      return { totalCount: page.totalCount ?? null, items: page.items };
    },
    getAllCampaigns: (input = {}) =>
      collectPages(
        (offset, limit) =>
          client.getCampaigns({ offset, limit, ...(input.statuses ? { statuses: input.statuses } : {}) }),
        { pageSize: input.pageSize ?? 100, what: 'campaigns' },
      ),
    pauseCampaign: (campaignId, signal) =>
      write(`campaign/Pause?campaignId=${encodeURIComponent(campaignId)}`, undefined, nothing, signal),
    resumeCampaign: (campaignId, signal) =>
      write(`campaign/Resume?campaignId=${encodeURIComponent(campaignId)}`, undefined, nothing, signal),
    getLead: (profileUrl, signal) =>
      call(
        'lead/GetLead',
        // A 404 is the answer "no such lead", not a vendor failure: it is caught before the breaker sees it.
        (attempt) => http.postJson('/lead/GetLead', { profileUrl }, attempt).catch(nullOn404),
        parser('lead/GetLead', heyReachLeadSchema.nullable()),
        { idempotent: true, signal },
      ),
    getCampaignsForLead: async (input, signal) => {
      const page = await read(
        'campaign/GetCampaignsForLead',
        input,
        parser('campaign/GetCampaignsForLead', heyReachPageSchema(heyReachLeadCampaignSchema)),
        signal,
      );
      return { totalCount: page.totalCount ?? null, items: page.items };
    },
    getListsForLead: async (input, signal) => {
      const page = await read(
        'list/GetListsForLead',
        input,
        parser('list/GetListsForLead', heyReachPageSchema(heyReachLeadListSchema)),
        signal,
      );
      return { totalCount: page.totalCount ?? null, items: page.items };
    },
  };
  return client;
}

function nullOn404(error: unknown): null {
  if (hasErrorCode(error, 'vendor_error') && error.details['status'] === 404) return null;
  throw error;
}

/** A parse step that turns a wrong-shaped 2xx body into a malformed `vendor_error` (trips breakers, RES-1). */
function parser<T>(
  operation: string,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { message: string } } },
) {
  return (body: unknown): T => {
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data;
    throw new CaioError('vendor_error', `HeyReach ${operation} returned an unexpected shape: ${parsed.error.message}`, {
      details: { malformed: true, vendor: 'HeyReach', operation },
    });
  };
}
