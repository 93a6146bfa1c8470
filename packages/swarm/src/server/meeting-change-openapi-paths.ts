import { errorResponses, jsonContent, type OpenApiSchema } from './openapi-helpers.js';

const instant = { type: 'string', format: 'date-time' };
const removed: Record<string, OpenApiSchema> = {
  conversationId: { type: 'string' },
  bookingId: { type: 'string', description: 'the provider event id of the removed booking' },
  meetingStart: instant,
};
const errorBody = { $ref: '#/components/schemas/Error' };
const refusals = {
  '422': {
    description: 'policy_refused: the gateway refused (PAUSE_ALL_SENDS, shadow mode, …); the meeting stays booked',
    content: jsonContent(errorBody),
  },
  '423': {
    description: 'emergency_stop: EMERGENCY_STOP is on; the meeting stays booked',
    content: jsonContent(errorBody),
  },
};
const idParameter = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: 'the conversation id (GET /api/meetings) or the booking id',
};

/**
 * OpenAPI 3.1 paths of `routes/meeting-change-routes.ts` (issue 7; specs/scheduling.md §6.8), spread into
 * the meeting paths.
 */
export function meetingChangeOpenApiPaths() {
  return {
    '/api/meetings/{id}/cancel': {
      post: {
        summary:
          'Cancel a booked meeting (approver): event removed as SCHEDULER.cancel_event, reminders deleted, METHOD:CANCEL sent through approval',
        parameters: [idParameter],
        requestBody: {
          required: false,
          content: jsonContent({
            type: 'object',
            additionalProperties: false,
            properties: { reason: { type: 'string', minLength: 1, maxLength: 500 } },
          }),
        },
        responses: {
          '200': {
            description: 'Cancelled',
            content: jsonContent({
              type: 'object',
              required: ['status', ...Object.keys(removed)],
              properties: { status: { const: 'cancelled' }, ...removed },
            }),
          },
          ...refusals,
          ...errorResponses(400, 401, 403, 404, 409, 429, 503),
        },
      },
    },
    '/api/meetings/{id}/reschedule': {
      post: {
        summary:
          'Reschedule a booked meeting (approver): the booking is removed as by cancel and new times are proposed in the thread',
        parameters: [idParameter],
        responses: {
          '200': {
            description: 'Rescheduled (new times proposed through approval) or escalated to a person',
            content: jsonContent({
              type: 'object',
              required: ['status', ...Object.keys(removed)],
              properties: {
                status: { type: 'string', enum: ['rescheduled', 'escalated'] },
                ...removed,
                proposals: { type: 'array', items: instant },
                reason: { type: 'string' },
              },
            }),
          },
          ...refusals,
          ...errorResponses(400, 401, 403, 404, 409, 429, 503),
        },
      },
    },
  };
}
