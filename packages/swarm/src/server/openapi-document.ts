/**
 * The OpenAPI 3.1 description of the JSON API (SPEC §14), written by hand next to the routes. A test
 * checks that every registered route is described and every described path is registered.
 */

import { inboxOpenApiPaths } from './inbox-openapi-paths.js';
import { meetingOpenApiPaths } from './meeting-openapi-paths.js';
import {
  errorResponses,
  jsonContent as json,
  queryParameter as query,
  type OpenApiSchema as Schema,
} from './openapi-helpers.js';

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const ok = (schema: Schema, description = 'OK') => ({ description, content: json(schema) });
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const pageParameters = [
  query('cursor', { type: 'string' }, 'nextCursor of the previous page'),
  query('limit', { type: 'integer', minimum: 1, maximum: 200, default: 50 }),
];
const tierSchema = { type: 'string', enum: ['tier_1', 'tier_2', 'tier_3'] };
const approvalStatus = { type: 'string', enum: ['pending', 'approved', 'rejected', 'expired'] };
const ratingScore = { type: 'integer', minimum: 1, maximum: 5 };
const apiErrors = [400, 401, 429, 503];

function operation(summary: string, responses: Schema, extra: Schema = {}): Schema {
  return { summary, responses: { ...responses, ...errorResponses(...apiErrors) }, ...extra };
}

function body(schema: Schema): Schema {
  return { requestBody: { required: true, content: json(schema) } };
}

const paginated = (item: Schema): Schema => ({
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: { items: { type: 'array', items: item }, nextCursor: { type: ['string', 'null'] } },
});

const components = {
  securitySchemes: {
    bearer: {
      type: 'http',
      scheme: 'bearer',
      description: '≥ 256-bit token; header only, never the query string (AUTH-2).',
    },
    dashboardToken: { type: 'apiKey', in: 'header', name: 'X-Dashboard-Token' },
  },
  responses: Object.fromEntries(
    [400, 401, 403, 404, 409, 410, 429, 503].map((status) => [
      `Error${status}`,
      { description: `Error ${status}`, content: json(ref('Error')) },
    ]),
  ),
  schemas: {
    Error: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } },
        },
      },
    },
    Draft: {
      type: 'object',
      required: ['id', 'subjectA', 'subjectB', 'body', 'edited', 'proposed', 'contentHash'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        status: { type: 'string' },
        sequenceStep: { type: 'integer' },
        angleId: { type: 'string' },
        subjectA: { type: 'string' },
        subjectB: { type: 'string' },
        body: { type: 'string', description: 'The rendered body; the edited version when present.' },
        edited: { type: 'boolean' },
        proposed: { type: 'object', properties: { subjectA: {}, subjectB: {}, body: {} } },
        contentHash: { type: 'string', description: 'SHA-256 hex of the content an approval binds to.' },
        createdAt: { type: 'string', format: 'date-time' },
      },
    },
    ApprovalItem: {
      type: 'object',
      required: ['id', 'draftId', 'status', 'lead', 'draft', 'score', 'evidence', 'guards'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        draftId: { type: 'string', format: 'uuid' },
        status: approvalStatus,
        action: { type: 'string' },
        approvalClass: { type: 'string' },
        contentHash: { type: 'string' },
        createdAt: { type: 'string', format: 'date-time' },
        dueAt: { type: 'string', format: 'date-time' },
        decidedBy: { type: ['string', 'null'] },
        decidedAt: { type: ['string', 'null'], format: 'date-time' },
        reason: { type: ['string', 'null'] },
        lead: { type: 'object' },
        draft: ref('Draft'),
        score: {
          type: ['object', 'null'],
          properties: { score: {}, tier: {}, intentScore: {}, components: {}, multipliers: {}, reasons: {} },
        },
        evidence: { type: 'array', items: { type: 'object' } },
        guards: { type: 'object' },
      },
    },
    Batch: {
      type: 'object',
      required: ['id', 'status', 'previewHash', 'expiresAt', 'scope'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        status: { type: 'string', enum: ['frozen', 'approved', 'executed'] },
        filter: { type: 'object' },
        previewHash: { type: 'string' },
        expiresAt: { type: 'string', format: 'date-time' },
        scope: {
          type: 'array',
          items: { type: 'object', properties: { approvalId: {}, draftId: {}, contentHash: {} } },
        },
        result: { type: ['object', 'null'] },
      },
    },
    RatingScores: {
      type: 'object',
      required: ['personalisation', 'subject', 'value', 'cta', 'tone'],
      additionalProperties: false,
      properties: {
        personalisation: ratingScore,
        subject: ratingScore,
        value: ratingScore,
        cta: ratingScore,
        tone: ratingScore,
      },
    },
    DraftVersions: {
      type: 'object',
      required: ['draftId', 'proposed', 'approved', 'sent'],
      properties: {
        draftId: { type: 'string' },
        proposed: ref('DraftContent'),
        approved: { oneOf: [ref('DraftContent'), { type: 'null' }] },
        sent: {
          oneOf: [
            {
              type: 'object',
              required: ['subject', 'messageId', 'status'],
              properties: {
                subject: { type: 'string' },
                messageId: { type: 'string' },
                status: { type: 'string', enum: ['shadow', 'queued', 'sent', 'failed'] },
              },
            },
            { type: 'null' },
          ],
        },
      },
    },
    DraftContent: {
      type: 'object',
      required: ['subjectA', 'subjectB', 'body'],
      properties: { subjectA: { type: 'string' }, subjectB: { type: 'string' }, body: { type: 'string' } },
    },
    RatingAverages: {
      type: 'object',
      properties: { count: { type: 'integer' }, averages: { type: 'object' } },
    },
    Probe: {
      type: 'object',
      required: ['status', 'emergencyStop'],
      properties: { status: { type: 'string' }, emergencyStop: { type: 'boolean' } },
    },
  },
};

/** The inbound webhook routes (SPEC §4; specs/security.md WH-1…WH-8, WH-11); see docs/inbound.md. */
function inboundWebhookPaths() {
  const webhook = (summary: string, extra: object = {}) => ({
    post: {
      summary,
      security: [],
      ...extra,
      requestBody: { required: true, content: json({ type: 'object' }) },
      responses: {
        '200': ok({ type: 'object', properties: { duplicate: { type: 'boolean' } } }, 'Replay or already stored event'),
        '202': ok({ type: 'object' }, 'Stored; processing is queued (or stored as an error for an unknown type)'),
        '400': ok(ref('Error'), 'Body is not JSON'),
        '401': ok(ref('Error'), 'Missing or invalid secret/signature, or stale timestamp'),
        '413': ok(ref('Error'), 'Body over 1 MiB'),
        '503': ok(ref('Error'), 'No secret configured for this route'),
      },
    },
  });
  const sharedSecret = 'authenticated by the x-caio-webhook-secret header (≥ 128-bit shared secret), not a token';
  return {
    '/webhooks/instantly': webhook(`Instantly v2 webhook events; ${sharedSecret}`),
    '/webhooks/heyreach': webhook(`HeyReach webhook events; ${sharedSecret} or ?secret=`),
    '/webhooks/rb2b': webhook(`RB2B identified website visitors; ${sharedSecret} or ?secret=`),
    '/webhooks/clay': webhook(`Clay HTTP API callbacks; ${sharedSecret}`),
    '/webhooks/standard/{source}': webhook(
      'Standard Webhooks v1 events; authenticated by webhook-signature (HMAC-SHA256)',
      {
        parameters: [{ name: 'source', in: 'path', required: true, schema: { type: 'string' } }],
      },
    ),
  };
}

const paths = {
  '/health': { get: { summary: 'Liveness', security: [], responses: { '200': ok(ref('Probe')) } } },
  '/ready': {
    get: {
      summary: 'Readiness (database answers)',
      security: [],
      responses: { '200': ok(ref('Probe')), '503': ok(ref('Probe'), 'Not ready') },
    },
  },
  '/u/{token}': {
    get: {
      summary: 'Unsubscribe confirmation page (HTML); never unsubscribes on its own (EM-3, scanners prefetch)',
      security: [],
      parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        '200': { description: 'Confirmation page with a plain POST form', content: { 'text/html': {} } },
        '404': { description: 'Neutral page: the link is not valid', content: { 'text/html': {} } },
      },
    },
    post: {
      summary: 'RFC 8058 one-click unsubscribe (body List-Unsubscribe=One-Click) or the confirmation form; idempotent',
      security: [],
      parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
      requestBody: {
        required: false,
        content: {
          'application/x-www-form-urlencoded': {
            schema: { type: 'object', properties: { 'List-Unsubscribe': { const: 'One-Click' } } },
          },
        },
      },
      responses: {
        '200': { description: 'Unsubscribed (also when already unsubscribed)', content: { 'text/html': {} } },
        '404': { description: 'Neutral page: the link is not valid', content: { 'text/html': {} } },
      },
    },
  },
  '/api/gdpr/export': {
    get: operation(
      'GDPR-1: everything held about a person as JSON (admin)',
      { '200': ok({ type: 'object' }), ...errorResponses(403) },
      { parameters: [{ ...query('email', { type: 'string', format: 'email' }), required: true }] },
    ),
  },
  '/api/gdpr/erase': {
    post: operation(
      'GDPR-2: erase a person everywhere, keeping only the salted suppression hash (admin)',
      { '200': ok({ type: 'object' }), ...errorResponses(403) },
      { ...body({ type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' } } }) },
    ),
  },
  '/api/gdpr/requests': {
    get: operation('GDPR-4: the data-subject request log with an overdue flag (admin)', {
      '200': ok({ type: 'object', properties: { items: { type: 'array', items: { type: 'object' } } } }),
      ...errorResponses(403),
    }),
  },
  '/slack/interactions': {
    post: {
      summary: 'Slack interactivity (approval buttons); authenticated by the Slack v0 signature, not a token',
      security: [],
      requestBody: {
        required: true,
        content: {
          'application/x-www-form-urlencoded': {
            schema: { type: 'object', required: ['payload'], properties: { payload: { type: 'string' } } },
          },
        },
      },
      responses: {
        '200': ok({ type: 'object' }, 'Acknowledged: decided, duplicate (`{"duplicate": true}`) or ignored'),
        '401': ok(ref('Error'), 'Missing, invalid or stale signature'),
        '413': ok(ref('Error'), 'Body over 1 MiB'),
        '503': ok(ref('Error'), 'No Slack signing secret configured'),
      },
    },
  },
  ...inboundWebhookPaths(),
  ...inboxOpenApiPaths(),
  ...meetingOpenApiPaths(),
  '/api/openapi.json': { get: operation('This document', { '200': ok({ type: 'object' }) }) },
  '/api/approvals': {
    get: operation(
      'Approval queue, oldest first',
      { '200': ok(paginated(ref('ApprovalItem'))) },
      {
        parameters: [query('status', approvalStatus), query('tier', tierSchema), ...pageParameters],
      },
    ),
  },
  '/api/approvals/{id}': {
    get: operation(
      'One approval item',
      { '200': ok(ref('ApprovalItem')), ...errorResponses(404) },
      { parameters: [idParameter] },
    ),
  },
  '/api/approvals/{id}/approve': {
    post: operation(
      'Approve (approver/admin); binds to the current content hash',
      { '200': ok(ref('ApprovalItem')), ...errorResponses(403, 404, 409) },
      { parameters: [idParameter] },
    ),
  },
  '/api/approvals/{id}/reject': {
    post: operation(
      'Reject with a reason (approver/admin)',
      { '200': ok(ref('ApprovalItem')), ...errorResponses(403, 404, 409) },
      {
        parameters: [idParameter],
        ...body({ type: 'object', required: ['reason'], properties: { reason: { type: 'string', minLength: 1 } } }),
      },
    ),
  },
  '/api/drafts/{id}': {
    patch: operation(
      'Edit a draft beside its proposal; an approved draft returns to pending (approver/admin)',
      { '200': ok(ref('ApprovalItem')), ...errorResponses(403, 404, 409) },
      {
        parameters: [idParameter],
        ...body({
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: { subjectA: { type: 'string' }, subjectB: { type: 'string' }, body: { type: 'string' } },
        }),
      },
    ),
  },
  '/api/drafts/{id}/rating': {
    post: operation(
      'Rate a draft 1–5 per dimension (SPEC §18; approver/admin)',
      { '200': ok(ref('RatingAverages')), ...errorResponses(403, 404) },
      {
        parameters: [idParameter],
        ...body({ type: 'object', required: ['scores'], properties: { scores: ref('RatingScores') } }),
      },
    ),
    get: operation(
      'Rating averages of one draft',
      { '200': ok(ref('RatingAverages')), ...errorResponses(404) },
      {
        parameters: [idParameter],
      },
    ),
  },
  '/api/drafts/{id}/versions': {
    get: operation(
      'Proposed, approved and sent versions of a draft, for the diff view (issue 3)',
      { '200': ok(ref('DraftVersions')), ...errorResponses(404) },
      { parameters: [idParameter] },
    ),
  },
  '/api/ratings': { get: operation('Rating averages over all drafts (KPI)', { '200': ok(ref('RatingAverages')) }) },
  '/api/batches': {
    post: operation(
      'Freeze a batch of pending approvals (approver/admin)',
      {
        '201': ok({
          allOf: [
            ref('Batch'),
            { type: 'object', properties: { items: { type: 'array', items: ref('ApprovalItem') } } },
          ],
        }),
        ...errorResponses(403),
      },
      {
        ...body({
          type: 'object',
          properties: { filter: { type: 'object', properties: { tier: tierSchema, status: { const: 'pending' } } } },
        }),
      },
    ),
  },
  '/api/batches/{id}': {
    get: operation('One batch', { '200': ok(ref('Batch')), ...errorResponses(404) }, { parameters: [idParameter] }),
  },
  '/api/batches/{id}/approve': {
    post: operation(
      'Approve a frozen batch quoting its previewHash (approver/admin)',
      { '200': ok(ref('Batch')), ...errorResponses(403, 404, 409, 410) },
      {
        parameters: [idParameter],
        ...body({ type: 'object', required: ['previewHash'], properties: { previewHash: { type: 'string' } } }),
      },
    ),
  },
  '/api/batches/{id}/execute': {
    post: operation(
      'Execute an approved batch once; re-execution does nothing (approver/admin)',
      { '200': ok(ref('Batch')), ...errorResponses(403, 404, 409, 410) },
      { parameters: [idParameter] },
    ),
  },
  '/api/leads': {
    get: operation(
      'Leads, keyset-paginated',
      { '200': ok(paginated({ type: 'object' })) },
      {
        parameters: [query('tier', tierSchema), query('status', { type: 'string' }), ...pageParameters],
      },
    ),
  },
  '/api/leads/{id}': {
    get: operation(
      'Lead profile, latest enrichment and score, drafts and timeline',
      {
        '200': ok({ type: 'object', required: ['lead', 'enrichment', 'score', 'drafts', 'timeline'] }),
        ...errorResponses(404),
      },
      { parameters: [idParameter] },
    ),
  },
  '/api/leads/{id}/why': {
    get: operation(
      'Why is this lead not sending? Kill switches, mode, suppression, each message with its last refusal or failure',
      {
        '200': ok({ type: 'object', required: ['leadId', 'leadStatus', 'messages', 'blockers'] }),
        ...errorResponses(404),
      },
      { parameters: [idParameter] },
    ),
  },
  '/api/runs': {
    get: operation(
      'Pipeline runs, newest first',
      { '200': ok(paginated({ type: 'object' })) },
      { parameters: pageParameters },
    ),
  },
  '/api/audit': {
    get: operation(
      'Audit search, newest first',
      { '200': ok(paginated({ type: 'object' })) },
      {
        parameters: [
          query('agent', { type: 'string' }),
          query('action', { type: 'string' }),
          query('since', { type: 'string', format: 'date-time' }),
          ...pageParameters,
        ],
      },
    ),
  },
  '/api/config': { get: operation('Effective configuration, secrets redacted', { '200': ok({ type: 'object' }) }) },
};

/** The OpenAPI 3.1 document served at `GET /api/openapi.json`. */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'CAIO Swarm API',
    version: '0.1.0',
    description: 'Approval desk and read API (SPEC §14). Every /api route needs a token in a header.',
  },
  security: [{ bearer: [] }, { dashboardToken: [] }],
  paths,
  components,
} as const;
