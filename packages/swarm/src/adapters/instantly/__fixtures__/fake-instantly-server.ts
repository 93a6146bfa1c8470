import { readFileSync } from 'node:fs';
import { startFakeVendorServer, type FakeVendorMode } from '../../http/__fixtures__/start-fake-vendor-server.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const fixtureObject = (name: string): Record<string, unknown> => JSON.parse(fixture(name)) as Record<string, unknown>;
const fixedTimestamp = '2026-01-05T09:00:00.000Z';

/**
 * How the fake answers the next requests: the shared failure modes, plus `commit_then_hang`
 * (writes are applied and then never answered — a timeout whose change landed; reads answer
 * normally), for reconciliation tests.
 */
export type FakeInstantlyMode = FakeVendorMode<'commit_then_hang'>;

/** One request as the fake received it (path without the `/api/v2` prefix). */
export interface FakeInstantlyRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  contentType: string | undefined;
  body: Record<string, unknown> | null;
}

/** A stored row; ids sort in creation order, like Instantly's UUIDv7 ids. */
type Row = Record<string, unknown> & { id: string };

export interface FakeInstantlyServer {
  /** Base URL including `/api/v2`, to pass as the client's `baseUrl`. */
  baseUrl: string;
  requests: FakeInstantlyRequest[];
  campaigns(): readonly Row[];
  leads(): readonly Row[];
  emails(): readonly Row[];
  /** Adds a campaign directly (no request recorded), e.g. to fill several pages. Returns its id. */
  seedCampaign(name: string, status: number): string;
  /** Plays Instantly's sender: one email for every lead of an active campaign that has none yet. */
  sendQueuedEmails(): number;
  setMode(mode: FakeInstantlyMode, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

/**
 * A URL-level fake of the Instantly API v2 (STYLE.md §11) on 127.0.0.1, OS-chosen port, with
 * in-memory state: `POST/GET /campaigns`, `POST /campaigns/{id}/activate|pause`, `POST /leads`,
 * `POST /leads/list`, `GET /emails`. Checks `Authorization: Bearer <apiKey>` (documented 401 body),
 * pages every list with `starting_after` / `next_starting_after` and at most `pageSize` items
 * (default 2, so tests cross pages), and on request answers 429 + Retry-After, 500, or never.
 */
export async function startFakeInstantlyServer(options: {
  apiKey: string;
  pageSize?: number;
}): Promise<FakeInstantlyServer> {
  const requests: FakeInstantlyRequest[] = [];
  const campaigns: Row[] = [];
  const leads: Row[] = [];
  const emails: Row[] = [];
  let sequence = 0;
  const nextId = (): string => `01960000-0000-7000-8000-${String((sequence += 1)).padStart(12, '0')}`;
  const pageSize = options.pageSize ?? 2;

  const page = (rows: readonly Row[], limit: unknown, startingAfter: unknown) => {
    const sorted = [...rows].sort((left, right) => left.id.localeCompare(right.id));
    const after = typeof startingAfter === 'string' ? sorted.filter((row) => row.id > startingAfter) : sorted;
    const size = Math.min(pageSize, Number(limit ?? 100) || 100);
    const items = after.slice(0, size);
    const next = after.length > size ? (items.at(-1)?.id ?? null) : null;
    return { status: 200, body: { items, next_starting_after: next } };
  };
  const notFound = (message: string) => ({ status: 404, body: { statusCode: 404, error: 'Not Found', message } });
  const badRequest = (message: string) => ({ status: 400, body: { statusCode: 400, error: 'Bad Request', message } });
  const addCampaign = (name: string, status: number, body: Record<string, unknown> = {}): Row => {
    const campaign: Row = { ...fixtureObject('campaign.json'), ...body, id: nextId(), name, status };
    campaigns.push(campaign);
    return campaign;
  };

  const route = (method: string, path: string, query: Record<string, string>, body: Record<string, unknown>) => {
    const action = /^\/campaigns\/([^/]+)\/(activate|pause)$/.exec(path);
    if (method === 'POST' && action) {
      const campaign = campaigns.find((row) => row.id === decodeURIComponent(action[1] ?? ''));
      if (!campaign) return notFound('Campaign not found');
      campaign['status'] = action[2] === 'activate' ? 1 : 2;
      return { status: 200, body: campaign };
    }
    if (method === 'POST' && path === '/campaigns') {
      const schedules = (body['campaign_schedule'] as { schedules?: unknown } | undefined)?.schedules;
      if (typeof body['name'] !== 'string') return badRequest("body must have required property 'name'");
      if (!Array.isArray(schedules) || schedules.length === 0) {
        return badRequest("body/campaign_schedule must have required property 'schedules'");
      }
      return { status: 200, body: addCampaign(body['name'], 0, body) };
    }
    if (method === 'GET' && path === '/campaigns') return page(campaigns, query['limit'], query['starting_after']);
    if (method === 'POST' && path === '/leads') {
      const campaignId = body['campaign'];
      if (typeof campaignId !== 'string' || typeof body['email'] !== 'string') {
        return badRequest('email is required when campaign is set');
      }
      if (!campaigns.some((row) => row.id === campaignId)) return notFound('Campaign not found');
      const email = body['email'];
      const existing = leads.find((row) => row['campaign'] === campaignId && row['email'] === email);
      if (existing && body['skip_if_in_campaign'] === true) return { status: 200, body: existing };
      const lead: Row = {
        ...fixtureObject('lead.json'),
        id: nextId(),
        campaign: campaignId,
        email,
        first_name: body['first_name'] ?? null,
        last_name: body['last_name'] ?? null,
        company_name: body['company_name'] ?? null,
        payload: { ...(body['custom_variables'] as Record<string, unknown> | undefined) },
      };
      leads.push(lead);
      return { status: 200, body: lead };
    }
    if (method === 'POST' && path === '/leads/list') {
      const contacts = Array.isArray(body['contacts']) ? (body['contacts'] as unknown[]) : undefined;
      const matching = leads.filter(
        (row) =>
          (body['campaign'] === undefined || row['campaign'] === body['campaign']) &&
          (contacts === undefined || contacts.includes(row['email'])),
      );
      return page(matching, body['limit'], body['starting_after']);
    }
    if (method === 'GET' && path === '/emails') {
      const matching = emails.filter(
        (row) =>
          (query['lead'] === undefined || row['lead'] === query['lead']) &&
          (query['campaign_id'] === undefined || row['campaign_id'] === query['campaign_id']),
      );
      return page(matching, query['limit'], query['starting_after']);
    }
    return notFound(`Route ${method}:/api/v2${path} not found`);
  };

  const fake = await startFakeVendorServer<FakeInstantlyMode>((request, reply, { mode, retryAfterSeconds }) => {
    const path = request.url.pathname.replace(/^\/api\/v2/, '');
    const query = Object.fromEntries(request.url.searchParams);
    const body = request.rawBody.trim() === '' ? null : (JSON.parse(request.rawBody) as Record<string, unknown>);
    const authorization = request.headers.authorization;
    requests.push({
      method: request.method,
      path,
      query,
      authorization,
      contentType: request.headers['content-type'],
      body,
    });
    if (authorization === undefined) return reply.send(401, fixture('error-401.json'));
    if (authorization !== `Bearer ${options.apiKey}`) {
      return reply.send(401, '{"statusCode":401,"error":"Unauthorized","message":"Invalid API key"}');
    }
    if (mode === 'hang') return reply.hang();
    if (mode === 'rate_limited') {
      return reply.send(429, fixture('error-429.json'), { 'retry-after': String(retryAfterSeconds) });
    }
    if (mode === 'server_error') return reply.send(500, fixture('error-500.json'));
    const answer = route(request.method, path, query, body ?? {});
    const isRead = request.method === 'GET' || path === '/leads/list';
    if (mode === 'commit_then_hang' && !isRead) return reply.hang();
    reply.send(answer.status, JSON.stringify(answer.body));
  });

  return {
    baseUrl: `${fake.baseUrl}/api/v2`,
    requests,
    campaigns: () => campaigns,
    leads: () => leads,
    emails: () => emails,
    seedCampaign: (name, status) => addCampaign(name, status).id,
    sendQueuedEmails: () => {
      const queued = leads.filter(
        (lead) =>
          campaigns.some((campaign) => campaign.id === lead['campaign'] && campaign['status'] === 1) &&
          !emails.some((email) => email['lead_id'] === lead.id),
      );
      for (const lead of queued) {
        const id = nextId();
        const payload = (lead['payload'] ?? {}) as Record<string, unknown>;
        emails.push({
          ...fixtureObject('email.json'),
          id,
          message_id: `<${id}@mail.example.com>`,
          campaign_id: lead['campaign'],
          lead: lead['email'],
          lead_id: lead.id,
          subject: payload['caio_subject'] ?? null,
          timestamp_email: fixedTimestamp,
        });
      }
      return queued.length;
    },
    setMode: fake.setMode,
    close: fake.close,
  };
}
