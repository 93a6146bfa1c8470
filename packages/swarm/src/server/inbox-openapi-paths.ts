import { inboxIntents } from '../inbound/inbox-intent.js';

type Schema = Record<string, unknown>;

const json = (schema: Schema) => ({ 'application/json': { schema } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/Error${status}` }]));
const intentSchema = { type: 'string', enum: [...inboxIntents] };

const inboxReply: Schema = {
  type: 'object',
  required: ['id', 'receivedAt', 'visibleText', 'intent', 'classifiedIntent', 'confidence', 'needsReview'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    leadId: { type: ['string', 'null'] },
    leadEmail: { type: ['string', 'null'] },
    threadKey: { type: ['string', 'null'] },
    messageId: { type: ['string', 'null'] },
    receivedAt: { type: 'string', format: 'date-time' },
    visibleText: { type: 'string' },
    intent: intentSchema,
    classifiedIntent: intentSchema,
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    actionTaken: { type: ['string', 'null'] },
    needsReview: { type: 'boolean' },
    override: {
      oneOf: [
        {
          type: 'object',
          required: ['intent', 'by', 'at'],
          properties: { intent: intentSchema, by: { type: 'string' }, at: { type: 'string', format: 'date-time' } },
        },
        { type: 'null' },
      ],
    },
  },
};

const query = (name: string, schema: Schema) => ({ name, in: 'query', required: false, schema });

/**
 * OpenAPI 3.1 paths of the unified inbox routes (`server/routes/inbox-routes.ts`, SPEC §4), spread
 * into `openapi-document.ts`'s `paths`.
 */
export function inboxOpenApiPaths() {
  return {
    '/api/inbox': {
      get: {
        summary: 'Classified replies, newest first, keyset-paginated (SPEC §4 unified inbox)',
        parameters: [
          query('intent', intentSchema),
          query('needsReview', { type: 'string', enum: ['true', 'false'] }),
          query('cursor', { type: 'string' }),
          query('limit', { type: 'integer', minimum: 1, maximum: 200, default: 50 }),
        ],
        responses: {
          '200': {
            description: 'OK',
            content: json({
              type: 'object',
              required: ['items', 'total', 'nextCursor'],
              properties: {
                items: { type: 'array', items: inboxReply },
                total: { type: 'integer' },
                nextCursor: { type: ['string', 'null'] },
              },
            }),
          },
          ...errors(400, 401, 429, 503),
        },
      },
    },
    '/api/inbox/{id}/override': {
      post: {
        summary: "Correct a reply's intent; audited, clears needs-review (approver/admin)",
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            required: ['intent'],
            additionalProperties: false,
            properties: { intent: intentSchema },
          }),
        },
        responses: { '200': { description: 'OK', content: json(inboxReply) }, ...errors(400, 401, 403, 404, 429, 503) },
      },
    },
  };
}
