import type { z } from 'zod';
import { CaioError } from '../../domain/errors.js';
import type { FetchLike } from '../http/create-json-http-client.js';
import { buildCampaignBody } from './build-campaign-body.js';
import { collectInstantlyPages } from './collect-instantly-pages.js';
import { instantlyDefaultBaseUrl, type InstantlyClient, type InstantlyClientSettings } from './instantly-client.js';
import { markOutcomeUnknown } from './instantly-error-mapper.js';
import {
  instantlyCampaignSchema,
  instantlyCampaignStatus,
  instantlyEmailSchema,
  instantlyLeadSchema,
  instantlyPageSchema,
  type InstantlyLead,
} from './instantly-schemas.js';
import { requestInstantlyJson } from './request-instantly-json.js';

/**
 * Creates the Instantly API v2 client (developer.instantly.ai): Bearer auth, zod-checked
 * responses, cursor pagination with `starting_after` / `next_starting_after`, errors mapped by
 * `instantlyHttpError` (401 → `permission_denied`, 429 → `rate_limited`, 5xx → retryable
 * `vendor_error`); a timed-out write carries `details.outcomeUnknown`.
 *
 * @throws CaioError `config_invalid` for a blank API key or a page size outside 1–100.
 * @example
 * const client = createInstantlyClient({ apiKey, clock, resilientCall });
 * const campaign = await client.createCampaign({ name: 'CAIO tier 1', sendingAccounts: ['ada@mail.example.com'], ...instantlyCaioTemplate, schedule });
 */
export function createInstantlyClient(settings: InstantlyClientSettings): InstantlyClient {
  if (!settings.apiKey.trim()) {
    throw new CaioError('config_invalid', 'Instantly needs an API v2 key; set INSTANTLY_API_KEY in the environment.');
  }
  const pageSize = settings.pageSize ?? 100;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
    throw new CaioError('config_invalid', `Instantly page size must be 1–100, got ${pageSize}.`);
  }
  const baseUrl = (settings.baseUrl ?? instantlyDefaultBaseUrl).replace(/\/+$/, '');
  const fetchLike: FetchLike = settings.fetch ?? ((input, init) => fetch(input, init));

  const call = async <Schema extends z.ZodType>(
    schema: Schema,
    request: {
      method: 'GET' | 'POST';
      path: string;
      body?: unknown;
      writes: boolean;
      idempotent: boolean;
      signal?: AbortSignal | undefined;
    },
  ): Promise<z.infer<Schema>> => {
    let raw: unknown;
    try {
      raw = await settings.resilientCall(
        (signal) =>
          requestInstantlyJson({
            fetch: fetchLike,
            method: request.method,
            url: `${baseUrl}${request.path}`,
            apiKey: settings.apiKey,
            ...(request.body === undefined ? {} : { body: request.body }),
            signal,
            nowMs: settings.clock.now().getTime(),
          }),
        { idempotent: request.idempotent, ...(request.signal ? { signal: request.signal } : {}) },
      );
    } catch (error) {
      throw request.writes ? markOutcomeUnknown(error) : error;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const malformed = new CaioError(
        'vendor_error',
        `Instantly ${request.method} ${request.path} returned an unexpected shape.`,
        { details: { malformed: true, vendor: 'Instantly', issues: parsed.error.issues.slice(0, 3) } },
      );
      throw request.writes ? markOutcomeUnknown(malformed) : malformed;
    }
    return parsed.data as z.infer<Schema>;
  };
  const toPage = <Item>(page: { items: Item[]; next_starting_after?: string | null | undefined }) => ({
    items: page.items,
    nextStartingAfter: page.next_starting_after ?? null,
  });
  const campaignAction = (campaignId: string, action: 'activate' | 'pause') =>
    call(instantlyCampaignSchema, {
      method: 'POST',
      path: `/campaigns/${encodeURIComponent(campaignId)}/${action}`,
      writes: true,
      // Pausing twice leaves the same state, so the emergency stop may retry it (RES-3).
      idempotent: action === 'pause',
    });

  return {
    async createCampaign(input) {
      const body = buildCampaignBody(input);
      const created = await call(instantlyCampaignSchema, {
        method: 'POST',
        path: '/campaigns',
        body,
        writes: true,
        idempotent: false,
      });
      // Instantly documents drafts on creation; should that ever change, never leave it sending.
      return created.status === instantlyCampaignStatus.active ? campaignAction(created.id, 'pause') : created;
    },
    activateCampaign: (campaignId) => campaignAction(campaignId, 'activate'),
    pauseCampaign: (campaignId) => campaignAction(campaignId, 'pause'),
    listCampaigns: () =>
      collectInstantlyPages(async (startingAfter) => {
        const query = new URLSearchParams({ limit: String(pageSize) });
        if (startingAfter !== undefined) query.set('starting_after', startingAfter);
        const path = `/campaigns?${query.toString()}`;
        const page = await call(instantlyPageSchema(instantlyCampaignSchema), {
          method: 'GET',
          path,
          writes: false,
          idempotent: true,
        });
        return toPage(page);
      }),
    addLead: (campaignId, lead, signal) =>
      call(instantlyLeadSchema, {
        method: 'POST',
        path: '/leads',
        body: {
          campaign: campaignId,
          email: lead.email,
          ...(lead.firstName ? { first_name: lead.firstName } : {}),
          ...(lead.lastName ? { last_name: lead.lastName } : {}),
          ...(lead.companyName ? { company_name: lead.companyName } : {}),
          custom_variables: lead.customVariables,
          skip_if_in_campaign: true,
        },
        writes: true,
        idempotent: false,
        signal,
      }),
    async findLead(campaignId, email, signal) {
      const wanted = email.trim().toLowerCase();
      const matches = (lead: InstantlyLead) => lead.email?.trim().toLowerCase() === wanted;
      const leads = await collectInstantlyPages(async (startingAfter) => {
        const page = await call(instantlyPageSchema(instantlyLeadSchema), {
          method: 'POST',
          path: '/leads/list',
          body: {
            campaign: campaignId,
            contacts: [wanted],
            limit: pageSize,
            ...(startingAfter === undefined ? {} : { starting_after: startingAfter }),
          },
          writes: false,
          idempotent: true,
          signal,
        });
        return toPage(page);
      }, matches);
      return leads.find(matches) ?? null;
    },
    async listEmails(query) {
      if (query.lead === undefined && query.campaignId === undefined) {
        throw new CaioError('input_invalid', 'Instantly listEmails needs a lead address or a campaign id.');
      }
      const parameters = new URLSearchParams({ limit: String(pageSize) });
      if (query.lead !== undefined) parameters.set('lead', query.lead);
      if (query.campaignId !== undefined) parameters.set('campaign_id', query.campaignId);
      if (query.startingAfter !== undefined) parameters.set('starting_after', query.startingAfter);
      const page = await call(instantlyPageSchema(instantlyEmailSchema), {
        method: 'GET',
        path: `/emails?${parameters.toString()}`,
        writes: false,
        idempotent: true,
      });
      return toPage(page);
    },
  };
}
