import { readFileSync } from 'node:fs';
import { startFakeVendorServer, type FakeVendorMode } from '../../http/__fixtures__/start-fake-vendor-server.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const json = (name: string): Record<string, unknown> => JSON.parse(fixture(name)) as Record<string, unknown>;

/**
 * Failure modes: the shared ones (`rate_limited` = 429 + Retry-After, `server_error` = 500, `hang`)
 * answer before anything is applied; `accept_then_hang` / `accept_then_fail` apply a write and then
 * never answer / answer 500 (the ambiguous "maybe sent" cases of RES-3).
 */
export type FakeHeyReachMode = FakeVendorMode<'accept_then_hang' | 'accept_then_fail'>;

/** One request as the fake received it; `path` is relative to `/api/public`. */
export interface FakeHeyReachRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  apiKey: string | undefined;
}

/** A campaign to seed; the rest of the documented campaign object comes from `campaign.json`. */
export interface FakeHeyReachCampaignSeed {
  id: number;
  name?: string;
  status: string;
  linkedInUserListId?: number;
  campaignAccountIds?: number[];
}

interface FakeCampaign extends Required<FakeHeyReachCampaignSeed> {
  leads: Map<string, { linkedInAccountId: number }>;
}
interface Lead {
  profileUrl: string;
  [field: string]: unknown;
}

export interface FakeHeyReachServer {
  /** `http://127.0.0.1:<port>/api/public`, the client's `baseUrl`. */
  baseUrl: string;
  requests: FakeHeyReachRequest[];
  /** Switches failure mode; `path` (e.g. `/campaign/AddLeadsToCampaignV2`) limits it to one endpoint. */
  setFault(mode: FakeHeyReachMode, options?: { path?: string; retryAfterSeconds?: number }): void;
  campaignStatus(campaignId: number): string | undefined;
  /** Profile URLs in a list or campaign, in insertion order. */
  listLeads(listId: number): string[];
  campaignLeads(campaignId: number): string[];
  close(): Promise<void>;
}

const pausable = new Set(['IN_PROGRESS', 'STARTING', 'SCHEDULED']);
const resumable = new Set(['PAUSED', 'FINISHED', 'FAILED']);

/**
 * A URL-level, in-memory fake of the HeyReach public API (STYLE.md §11) on 127.0.0.1: lists,
 * campaigns and leads; `X-API-KEY` checked on every request (401 with `error-401.json` otherwise);
 * `campaign/GetAll` paginated by `offset`/`limit` (limit ≤ 100, else 400); DRAFT campaigns refuse
 * leads; a paused campaign is re-activated only by `resumePausedCampaign: true`; leads whose URL is
 * not https are dropped silently (0 added, 0 failed), as integrators report of the real service.
 * Every request is logged in `requests`.
 */
export async function startFakeHeyReachServer(options: {
  apiKey: string;
  campaigns?: readonly FakeHeyReachCampaignSeed[];
  lists?: readonly { id: number; name?: string }[];
}): Promise<FakeHeyReachServer> {
  const requests: FakeHeyReachRequest[] = [];
  const template = json('campaign.json');
  const campaigns = new Map<number, FakeCampaign>(
    (options.campaigns ?? []).map((seed) => [
      seed.id,
      {
        name: `Campaign ${seed.id}`,
        linkedInUserListId: 0,
        campaignAccountIds: [],
        ...seed,
        leads: new Map(),
      },
    ]),
  );
  const lists = new Map(
    (options.lists ?? []).map((list) => [
      list.id,
      { name: list.name ?? `List ${list.id}`, leads: new Map<string, Lead>() },
    ]),
  );
  let faultPath: string | undefined;

  const routes: Record<string, (body: Record<string, unknown>, query: Record<string, string>) => [number, unknown]> = {
    'GET /auth/CheckApiKey': () => [200, ''],
    'POST /list/AddLeadsToListV2': (body) => {
      const list = lists.get(Number(body['listId']));
      if (!list) return [404, { errorMessage: 'List not found.' }];
      const counts = { addedLeadsCount: 0, updatedLeadsCount: 0, failedLeadsCount: 0 };
      for (const lead of asLeads(body['leads'])) {
        if (!lead.profileUrl.startsWith('https://')) continue;
        counts[list.leads.has(lead.profileUrl) ? 'updatedLeadsCount' : 'addedLeadsCount'] += 1;
        list.leads.set(lead.profileUrl, lead);
      }
      return [200, counts];
    },
    'POST /campaign/AddLeadsToCampaignV2': (body) => {
      const campaign = campaigns.get(Number(body['campaignId']));
      if (!campaign) return [404, { errorMessage: 'Campaign not found.' }];
      if (campaign.status === 'DRAFT') return [400, { errorMessage: 'Campaign must be ACTIVE to add leads.' }];
      if (campaign.status === 'PAUSED' && body['resumePausedCampaign'] === true) campaign.status = 'IN_PROGRESS';
      const counts = { addedLeadsCount: 0, updatedLeadsCount: 0, failedLeadsCount: 0 };
      const pairs = Array.isArray(body['accountLeadPairs'])
        ? (body['accountLeadPairs'] as Record<string, unknown>[])
        : [];
      for (const pair of pairs) {
        const [lead] = asLeads([pair['lead']]);
        const accountId = Number(pair['linkedInAccountId']);
        if (!lead || !campaign.campaignAccountIds.includes(accountId)) counts.failedLeadsCount += 1;
        else if (lead.profileUrl.startsWith('https://')) {
          counts[campaign.leads.has(lead.profileUrl) ? 'updatedLeadsCount' : 'addedLeadsCount'] += 1;
          campaign.leads.set(lead.profileUrl, { linkedInAccountId: accountId });
        }
      }
      return [200, counts];
    },
    'POST /campaign/GetAll': (body) => {
      const offset = Number(body['offset'] ?? 0);
      const limit = Number(body['limit'] ?? 10);
      if (!(limit >= 1 && limit <= 100)) return [400, { errorMessage: 'Limit must be between 1 and 100.' }];
      const statuses = Array.isArray(body['statuses']) ? (body['statuses'] as string[]) : [];
      const all = [...campaigns.values()].filter(
        (campaign) => statuses.length === 0 || statuses.includes(campaign.status),
      );
      return [
        200,
        { totalCount: all.length, items: all.slice(offset, offset + limit).map((campaign) => describe(campaign)) },
      ];
    },
    'POST /campaign/Pause': (body, query) => {
      const campaign = campaigns.get(Number(query['campaignId'] ?? body['campaignId']));
      if (!campaign) return [404, { errorMessage: 'Campaign not found.' }];
      if (!pausable.has(campaign.status))
        return [400, { errorMessage: 'The campaign you are trying to pause is not in progress.' }];
      campaign.status = 'PAUSED';
      return [200, ''];
    },
    'POST /campaign/Resume': (body, query) => {
      const campaign = campaigns.get(Number(query['campaignId'] ?? body['campaignId']));
      if (!campaign) return [404, { errorMessage: 'Campaign not found.' }];
      if (!resumable.has(campaign.status)) {
        return [400, { errorMessage: 'The campaign you are trying to resume is not paused, finished or failed.' }];
      }
      campaign.status = 'IN_PROGRESS';
      return [200, ''];
    },
    'POST /lead/GetLead': (body) => {
      const profileUrl = String(body['profileUrl'] ?? '');
      const known = [...lists.values()].map((list) => list.leads.get(profileUrl)).find(Boolean);
      if (!known) return [404, JSON.parse(fixture('error-404-lead.json'))];
      return [200, { ...json('lead.json'), emailAddress: null, ...known, profileUrl }];
    },
    'POST /campaign/GetCampaignsForLead': (body) => {
      const profileUrl = String(body['profileUrl'] ?? '');
      const items = [...campaigns.values()]
        .filter((campaign) => campaign.leads.has(profileUrl))
        .map((campaign) => ({
          campaignId: campaign.id,
          campaignName: campaign.name,
          campaignStatus: campaign.status,
          leadStatus: 'Pending',
        }));
      return [200, page(items, body)];
    },
    'POST /list/GetListsForLead': (body) => {
      const profileUrl = String(body['profileUrl'] ?? '');
      const items = [...lists.entries()]
        .filter(([, list]) => list.leads.has(profileUrl))
        .map(([id, list]) => ({ id, name: list.name }));
      return [200, page(items, body)];
    },
  };

  const describe = (campaign: FakeCampaign) => {
    const { leads, ...fields } = campaign;
    return {
      ...template,
      ...fields,
      progressStats: { ...(template['progressStats'] as object), totalUsers: leads.size },
    };
  };

  const fake = await startFakeVendorServer<FakeHeyReachMode>((request, reply, { mode, retryAfterSeconds }) => {
    const path = request.url.pathname.replace(/^\/api\/public/, '');
    const query = Object.fromEntries(request.url.searchParams);
    const body = parseJson(request.rawBody);
    const apiKeyHeader = request.headers['x-api-key'];
    const apiKey = Array.isArray(apiKeyHeader) ? apiKeyHeader[0] : apiKeyHeader;
    requests.push({ method: request.method, path, query, body, apiKey });
    if (apiKey !== options.apiKey) return reply.send(401, fixture('error-401.json'));
    const faulty = faultPath === undefined || faultPath === path;
    if (faulty && mode === 'hang') return reply.hang();
    if (faulty && mode === 'rate_limited') {
      return reply.send(429, fixture('error-429.json'), { 'retry-after': String(retryAfterSeconds) });
    }
    if (faulty && mode === 'server_error') return reply.send(500, fixture('error-500.json'));
    const route = routes[`${request.method} ${path}`];
    if (!route) return reply.send(404, JSON.stringify({ errorMessage: `No route ${request.method} ${path}.` }));
    const [status, answer] = route(isRecord(body) ? body : {}, query);
    if (faulty && mode === 'accept_then_hang') return reply.hang();
    if (faulty && mode === 'accept_then_fail') return reply.send(500, fixture('error-500.json'));
    reply.send(status, typeof answer === 'string' ? answer : JSON.stringify(answer));
  });

  return {
    baseUrl: `${fake.baseUrl}/api/public`,
    requests,
    setFault(mode, faultOptions = {}) {
      faultPath = faultOptions.path;
      fake.setMode(mode, faultOptions.retryAfterSeconds);
    },
    campaignStatus: (campaignId) => campaigns.get(campaignId)?.status,
    listLeads: (listId) => [...(lists.get(listId)?.leads.keys() ?? [])],
    campaignLeads: (campaignId) => [...(campaigns.get(campaignId)?.leads.keys() ?? [])],
    close: fake.close,
  };
}

function page(items: readonly unknown[], body: Record<string, unknown>) {
  const offset = Number(body['offset'] ?? 0);
  const limit = Number(body['limit'] ?? 100);
  return { totalCount: items.length, items: items.slice(offset, offset + limit) };
}

function asLeads(value: unknown): Lead[] {
  if (!Array.isArray(value)) return [];
  return value.filter((lead): lead is Lead => isRecord(lead) && typeof lead['profileUrl'] === 'string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
