import { schedulingConversationStatuses } from '../ports/scheduling-conversation-store.js';
import {
  countedPageResponse,
  errorResponses,
  jsonContent,
  pageQueryParameters,
  queryParameter,
  type OpenApiSchema,
} from './openapi-helpers.js';
import { meetingChangeOpenApiPaths } from './meeting-change-openapi-paths.js';

const statusSchema = { type: 'string', enum: [...schedulingConversationStatuses] };
const instant = { type: 'string', format: 'date-time' };
const nullableInstant = { type: ['string', 'null'], format: 'date-time' };
const nullableText = { type: ['string', 'null'] };

const meetingSummaryProperties: Record<string, OpenApiSchema> = {
  conversationId: { type: 'string' },
  leadId: { type: 'string' },
  leadEmail: { type: 'string' },
  hostId: { type: 'string' },
  status: statusSchema,
  meetingStart: nullableInstant,
  prospectTimezone: { type: 'string', description: 'IANA zone id' },
  prospectTimezoneConfirmed: { type: 'boolean' },
  meetingStartProspect: { ...nullableText, description: 'meetingStart in the prospect zone, with its GMT offset' },
  hostTimezone: { ...nullableText, description: 'IANA zone id; null when the host is no longer configured' },
  meetingStartHost: { ...nullableText, description: 'meetingStart in the host zone, with its GMT offset' },
  durationMinutes: { type: 'integer', minimum: 1 },
  exchanges: { type: 'integer', minimum: 0 },
  proposals: { type: 'array', items: instant },
  bookingId: nullableText,
  updatedAt: instant,
};

const meetingSummary: OpenApiSchema = {
  type: 'object',
  required: Object.keys(meetingSummaryProperties),
  properties: meetingSummaryProperties,
};

const meetingDetailProperties: Record<string, OpenApiSchema> = {
  ...meetingSummaryProperties,
  escalationReason: nullableText,
  threadKey: { type: 'string' },
  proposalTimes: {
    type: 'array',
    items: {
      type: 'object',
      required: ['start', 'prospect', 'host'],
      properties: { start: instant, prospect: nullableText, host: nullableText },
    },
  },
  history: {
    type: 'array',
    items: {
      type: 'object',
      required: ['direction', 'at', 'note'],
      properties: {
        direction: { type: 'string', enum: ['outbound', 'inbound'] },
        at: instant,
        note: { type: 'string' },
      },
    },
  },
  createdAt: instant,
};

/**
 * OpenAPI 3.1 paths of the meeting routes (`server/routes/meeting-routes.ts`, SPEC §7, issue 7),
 * spread into `openapi-document.ts`'s `paths`.
 */
export function meetingOpenApiPaths() {
  return {
    ...meetingChangeOpenApiPaths(),
    '/api/meetings': {
      get: {
        summary: 'Scheduling conversations and their meetings, most recently updated first, keyset-paginated',
        parameters: [queryParameter('status', statusSchema), ...pageQueryParameters],
        responses: { '200': countedPageResponse(meetingSummary), ...errorResponses(400, 401, 429, 503) },
      },
    },
    '/api/meetings/{conversationId}': {
      get: {
        summary: 'One scheduling conversation: proposals in both zones, escalation reason, history',
        parameters: [{ name: 'conversationId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'OK',
            content: jsonContent({
              type: 'object',
              required: Object.keys(meetingDetailProperties),
              properties: meetingDetailProperties,
            }),
          },
          ...errorResponses(400, 401, 404, 429, 503),
        },
      },
    },
  };
}
