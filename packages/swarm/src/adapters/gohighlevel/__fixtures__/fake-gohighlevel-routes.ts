import type { FakeGoHighLevelState, FakeMessage } from './fake-gohighlevel-state.js';

/** A route's answer: status and JSON body. */
export interface FakeAnswer {
  status: number;
  body: unknown;
}

const notFound = (what: string): FakeAnswer => ({
  status: 404,
  body: { statusCode: 404, message: `${what} not found` },
});

/** A message as `GET /conversations/messages/{id}` documents it (`GetMessageResponseDto`). */
export function messageBody(message: FakeMessage, locationId: string, options: { withBody: boolean }) {
  return {
    id: message.id,
    type: 3,
    messageType: 'TYPE_EMAIL',
    locationId,
    contactId: message.contactId,
    conversationId: message.conversationId,
    dateAdded: message.dateAdded,
    ...(options.withBody ? { body: message.html } : {}),
    direction: message.direction,
    status: 'delivered',
    contentType: 'text/html',
    meta: { email: { messageIds: [message.emailMessageId] } },
    source: 'api',
  };
}

/**
 * `GET /conversations/{id}/messages` as the live API answers (highlevel-api-docs issue #54: wrapped
 * in `messages`; issue #40: email bodies left out), newest first, paged by `lastMessageId`.
 */
export function listMessages(
  state: FakeGoHighLevelState,
  locationId: string,
  conversationId: string,
  query: URLSearchParams,
): FakeAnswer {
  const all = state.messages.filter((message) => message.conversationId === conversationId).reverse();
  const after = query.get('lastMessageId');
  const start = after ? all.findIndex((message) => message.id === after) + 1 : 0;
  const limit = Number(query.get('limit') ?? 20);
  const page = all.slice(start, start + limit);
  return {
    status: 200,
    body: {
      messages: {
        lastMessageId: page.at(-1)?.id ?? null,
        nextPage: start + limit < all.length,
        messages: page.map((message) => messageBody(message, locationId, { withBody: false })),
      },
    },
  };
}

/** `GET /opportunities/search` with filters, `limit` ≤ 100, and `page` or the `startAfterId` cursor. */
export function searchOpportunities(state: FakeGoHighLevelState, query: URLSearchParams): FakeAnswer {
  const limit = Number(query.get('limit') ?? 20);
  if (!(limit >= 1 && limit <= 100)) {
    return {
      status: 422,
      body: { statusCode: 422, message: ['limit must not be greater than 100'], error: 'Unprocessable Entity' },
    };
  }
  const filters: [string, keyof (typeof state.opportunities)[number]][] = [
    ['contact_id', 'contactId'],
    ['pipeline_id', 'pipelineId'],
    ['pipeline_stage_id', 'pipelineStageId'],
  ];
  const status = query.get('status');
  const matching = state.opportunities
    .filter((opportunity) =>
      filters.every(([name, field]) => !query.get(name) || opportunity[field] === query.get(name)),
    )
    .filter((opportunity) => !status || status === 'all' || opportunity.status === status)
    .sort((left, right) => left.createdAt.localeCompare(right.createdAt) || left.id.localeCompare(right.id));
  const page = Number(query.get('page') ?? 1);
  const startAfterId = query.get('startAfterId');
  const start = startAfterId
    ? matching.findIndex((opportunity) => opportunity.id === startAfterId) + 1
    : (page - 1) * limit;
  const slice = matching.slice(start, start + limit);
  const last = slice.at(-1);
  const hasMore = start + limit < matching.length;
  return {
    status: 200,
    body: {
      opportunities: slice.map((opportunity) => state.toOpportunityBody(opportunity)),
      meta: {
        total: matching.length,
        nextPageUrl: hasMore ? `/opportunities/search?startAfterId=${last?.id ?? ''}&page=${page + 1}` : null,
        startAfterId: last?.id ?? null,
        startAfter: last ? Date.parse(last.createdAt) : null,
        currentPage: page,
        nextPage: hasMore ? page + 1 : null,
        prevPage: page > 1 ? page - 1 : null,
      },
      aggregations: {},
    },
  };
}

/** `PUT /opportunities/{id}`: moves the stage, answers `{ opportunity }`. */
export function updateOpportunity(state: FakeGoHighLevelState, id: string, body: Record<string, unknown>): FakeAnswer {
  const opportunity = state.opportunities.find((candidate) => candidate.id === id);
  if (!opportunity) return notFound('Opportunity');
  if (typeof body['pipelineStageId'] === 'string') {
    opportunity.pipelineStageId = body['pipelineStageId'];
    opportunity.lastStageChangeAt = state.now();
  }
  return { status: 200, body: { opportunity: state.toOpportunityBody(opportunity) } };
}

export { notFound };
