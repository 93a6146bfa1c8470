import { readFileSync } from 'node:fs';
import { startFakeVendorServer, type FakeVendorMode } from '../../http/__fixtures__/start-fake-vendor-server.js';
import {
  listMessages,
  messageBody,
  notFound,
  searchOpportunities,
  updateOpportunity,
  type FakeAnswer,
} from './fake-gohighlevel-routes.js';
import {
  createFakeGoHighLevelState,
  type FakeGoHighLevelState,
  type FakeOpportunity,
} from './fake-gohighlevel-state.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** Failure modes; `send_then_hang` / `send_then_fail` record the email, then never answer / answer 500. */
export type FakeGoHighLevelMode = FakeVendorMode<'send_then_hang' | 'send_then_fail'>;

/** One request as the fake received it. */
export interface FakeGoHighLevelRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  version: string | undefined;
  body: Record<string, unknown>;
}

export interface FakeGoHighLevelServer {
  baseUrl: string;
  requests: FakeGoHighLevelRequest[];
  state: FakeGoHighLevelState;
  setMode(mode: FakeGoHighLevelMode, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

/** Versions HighLevel accepts (marketplace.gohighlevel.com/docs/2021-07-28/Versioning). */
const publishedVersions = new Set(['2021-04-15', '2021-07-28', '2023-02-21']);

const rateLimitHeaders = (remaining: number): Record<string, string> => ({
  'x-ratelimit-limit-daily': '200000',
  'x-ratelimit-daily-remaining': String(199_000 + remaining),
  'x-ratelimit-interval-milliseconds': '10000',
  'x-ratelimit-max': '100',
  'x-ratelimit-remaining': String(remaining),
});

function route(
  state: FakeGoHighLevelState,
  options: { locationId: string; stripHtmlComments: boolean },
  request: FakeGoHighLevelRequest,
): FakeAnswer {
  const { method, path, body } = request;
  const query = new URLSearchParams(request.query);
  const location = body['locationId'] ?? query.get('locationId') ?? query.get('location_id');
  if (location !== null && location !== undefined && location !== options.locationId) {
    return { status: 403, body: JSON.parse(fixture('error-403-location.json')) };
  }
  if (method === 'POST' && path === '/contacts/upsert') {
    if (typeof body['email'] !== 'string' || !location) {
      return {
        status: 422,
        body: {
          statusCode: 422,
          message: ['locationId and email or phone are required'],
          error: 'Unprocessable Entity',
        },
      };
    }
    const text = (key: string) => (typeof body[key] === 'string' ? body[key] : null);
    const contact = {
      email: body['email'],
      firstName: text('firstName'),
      lastName: text('lastName'),
      companyName: text('companyName'),
    };
    return { status: 200, body: state.upsertContact(contact) };
  }
  if (method === 'GET' && path === '/contacts/search/duplicate') {
    return { status: 200, body: { contact: state.contacts.get((query.get('email') ?? '').toLowerCase()) ?? null } };
  }
  if (method === 'POST' && path === '/conversations/messages') {
    const contact = state.contactById(String(body['contactId']));
    if (body['type'] !== 'Email' || !contact)
      return { status: 400, body: { statusCode: 400, message: 'Contact not found or type unsupported' } };
    const html = String(body['html'] ?? '');
    const message = state.addMessage({
      conversationId: state.conversationOf(contact.id),
      contactId: contact.id,
      subject: String(body['subject'] ?? ''),
      html: options.stripHtmlComments ? html.replaceAll(/<!--[\s\S]*?-->/g, '') : html,
      text: String(body['message'] ?? ''),
      emailFrom: typeof body['emailFrom'] === 'string' ? body['emailFrom'] : null,
      direction: 'outbound',
    });
    const sent = JSON.parse(fixture('message-sent.json')) as Record<string, unknown>;
    return {
      status: 200,
      body: {
        ...sent,
        conversationId: message.conversationId,
        messageId: message.id,
        emailMessageId: message.emailMessageId,
      },
    };
  }
  if (method === 'GET' && path === '/conversations/search') {
    const conversation = state.conversations.get(query.get('contactId') ?? '');
    const conversations = conversation
      ? [{ id: conversation, contactId: query.get('contactId'), locationId: options.locationId }]
      : [];
    return { status: 200, body: { conversations, total: conversations.length } };
  }
  const emailMatch = /^\/conversations\/messages\/email\/([^/]+)$/.exec(path);
  if (method === 'GET' && emailMatch) {
    const message = state.messages.find((candidate) => candidate.emailMessageId === emailMatch[1]);
    if (!message) return notFound('Email message');
    return {
      status: 200,
      body: {
        id: message.emailMessageId,
        subject: message.subject,
        body: message.html,
        direction: message.direction,
        status: 'delivered',
      },
    };
  }
  const messageMatch = /^\/conversations\/messages\/([^/]+)$/.exec(path);
  if (method === 'GET' && messageMatch) {
    const message = state.messages.find((candidate) => candidate.id === messageMatch[1]);
    return message
      ? { status: 200, body: messageBody(message, options.locationId, { withBody: true }) }
      : notFound('Message');
  }
  const listMatch = /^\/conversations\/([^/]+)\/messages$/.exec(path);
  if (method === 'GET' && listMatch?.[1]) return listMessages(state, options.locationId, listMatch[1], query);
  if (method === 'GET' && path === '/opportunities/search') return searchOpportunities(state, query);
  const opportunityMatch = /^\/opportunities\/([^/]+)$/.exec(path);
  if (method === 'PUT' && opportunityMatch?.[1]) return updateOpportunity(state, opportunityMatch[1], body);
  return { status: 404, body: { statusCode: 404, message: `Cannot ${method} ${path}`, error: 'Not Found' } };
}

/**
 * A URL-level fake of HighLevel API v2 (STYLE.md §11) on 127.0.0.1 with an OS-chosen port and
 * in-memory state: contact upsert (idempotent by email), duplicate lookup, email send through the
 * contact's conversation, message reads, conversation search, opportunity search (pagination by
 * `page` or `startAfterId`) and stage update. Like HighLevel it answers 401 for a wrong Bearer
 * token, 401 "version header was not found." without a `Version` header, 401 "version header is
 * invalid" for an unpublished one, 403 for another location, and sends the `X-RateLimit-*`
 * headers. Modes: 429 + Retry-After, 500, hang, and record-then-hang/500 for ambiguous sends.
 * `stripHtmlComments` mimics an HTML sanitiser removing our Message-ID marker.
 */
export async function startFakeGoHighLevelServer(options: {
  token: string;
  locationId: string;
  opportunities?: readonly FakeOpportunity[];
  stripHtmlComments?: boolean;
}): Promise<FakeGoHighLevelServer> {
  const requests: FakeGoHighLevelRequest[] = [];
  const state = createFakeGoHighLevelState(options.locationId, options.opportunities ?? []);
  const routing = { locationId: options.locationId, stripHtmlComments: options.stripHtmlComments ?? false };
  const fake = await startFakeVendorServer<FakeGoHighLevelMode>((incoming, reply, { mode, retryAfterSeconds }) => {
    const version = incoming.headers['version'];
    const request: FakeGoHighLevelRequest = {
      method: incoming.method,
      path: incoming.url.pathname,
      query: Object.fromEntries(incoming.url.searchParams),
      authorization: incoming.headers.authorization,
      version: typeof version === 'string' ? version : undefined,
      body: JSON.parse(incoming.rawBody || '{}') as Record<string, unknown>,
    };
    requests.push(request);
    const answer = (status: number, body: string, headers: Record<string, string> = {}) =>
      reply.send(status, body, { ...rateLimitHeaders(99), ...headers });
    if (request.authorization !== `Bearer ${options.token}`) return answer(401, fixture('error-401.json'));
    if (request.version === undefined) return answer(401, fixture('error-401-version.json'));
    if (!publishedVersions.has(request.version)) return answer(401, fixture('error-401-version-invalid.json'));
    const isSend = request.method === 'POST' && request.path === '/conversations/messages';
    if (mode === 'hang') return reply.hang();
    if (mode === 'rate_limited') {
      return answer(429, fixture('error-429.json'), {
        ...rateLimitHeaders(0),
        'retry-after': String(retryAfterSeconds),
      });
    }
    if (mode === 'server_error') return answer(500, '{"statusCode":500,"message":"Internal server error"}');
    const result = route(state, routing, request);
    if (isSend && mode === 'send_then_hang') return reply.hang();
    if (isSend && mode === 'send_then_fail') return answer(500, '{"statusCode":500,"message":"Internal server error"}');
    answer(result.status, JSON.stringify(result.body));
  });
  return { baseUrl: fake.baseUrl, requests, state, setMode: fake.setMode, close: fake.close };
}
