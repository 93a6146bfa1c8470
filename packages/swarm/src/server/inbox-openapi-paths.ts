import { inboxIntents } from '../inbound/inbox-intent.js';
import {
  countedPageResponse,
  errorResponses,
  jsonContent,
  pageQueryParameters,
  queryParameter,
  type OpenApiSchema,
} from './openapi-helpers.js';

const intentSchema = { type: 'string', enum: [...inboxIntents] };

const inboxReply: OpenApiSchema = {
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
          queryParameter('intent', intentSchema),
          queryParameter('needsReview', { type: 'string', enum: ['true', 'false'] }),
          ...pageQueryParameters,
        ],
        responses: { '200': countedPageResponse(inboxReply), ...errorResponses(400, 401, 429, 503) },
      },
    },
    '/api/inbox/{id}/override': {
      post: {
        summary: "Correct a reply's intent; audited, clears needs-review (approver/admin)",
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        requestBody: {
          required: true,
          content: jsonContent({
            type: 'object',
            required: ['intent'],
            additionalProperties: false,
            properties: { intent: intentSchema },
          }),
        },
        responses: {
          '200': { description: 'OK', content: jsonContent(inboxReply) },
          ...errorResponses(400, 401, 403, 404, 429, 503),
        },
      },
    },
  };
}
