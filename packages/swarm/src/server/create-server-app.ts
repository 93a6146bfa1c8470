import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isCaioError } from '../domain/errors.js';
import { errorResponse, respondToError } from './api-error.js';
import { createBruteForceGuard } from './brute-force-guard.js';
import { corsAllowlist } from './middleware/cors-allowlist.js';
import { requireApiToken } from './middleware/require-api-token.js';
import { serveStatic } from '@hono/node-server/serve-static';
import { securityHeaders } from './middleware/security-headers.js';
import { openApiDocument } from './openapi-document.js';
import { registerApprovalRoutes } from './routes/approval-routes.js';
import { registerBatchRoutes } from './routes/batch-routes.js';
import { registerDraftRoutes } from './routes/draft-routes.js';
import { registerDraftVersionRoutes } from './routes/draft-version-routes.js';
import { registerHealthRoutes } from './routes/health-routes.js';
import { registerLeadRoutes } from './routes/lead-routes.js';
import { registerRecordRoutes } from './routes/record-routes.js';
import { registerSlackInteractionRoutes } from './routes/slack-interaction-routes.js';
import { registerWebhookRoutes } from './routes/webhook-routes.js';
import { registerGdprRoutes } from './routes/gdpr-routes.js';
import { registerInboxRoutes } from './routes/inbox-routes.js';
import { registerMeetingRoutes } from './routes/meeting-routes.js';
import { registerMeetingChangeRoutes } from './routes/meeting-change-routes.js';
import { registerTrackingRoutes } from './routes/tracking-routes.js';
import { registerIcsFeedRoutes } from './routes/ics-feed-routes.js';
import { registerUnsubscribeRoutes } from './routes/unsubscribe-routes.js';
import type { ServerDependencies } from './server-dependencies.js';
import type { ServerEnv } from './server-env.js';

/** Largest accepted request body (1 MiB); drafts are a few KiB. */
const maximumBodyBytes = 1024 * 1024;

function socketAddress(context: Context<ServerEnv>): string {
  return context.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * The HTTP app (SPEC §14): public `/health` and `/ready`, and the token-protected JSON API under
 * `/api/*` — approvals, draft edits and ratings, frozen-scope batches, leads, runs, audit, config and
 * `/api/openapi.json`, plus the Slack-signed `POST /slack/interactions`, the public unsubscribe
 * endpoint `GET|POST /u/{token}` (EM-3) and the admin-only `/api/gdpr/*` (GDPR-1/2/4). Middleware order: security headers (AUTH-6) → CORS with preflight before any
 * auth (AUTH-3) → body limit → token auth with brute-force guard (AUTH-1/2/4). Routes are testable
 * with `app.request` and no socket; errors share one shape `{ error: { code, message } }`.
 *
 * @example
 * const app = createServerApp(dependencies);
 * const response = await app.request('/api/approvals', { headers: { Authorization: `Bearer ${token}` } });
 */
export function createServerApp(dependencies: ServerDependencies): Hono<ServerEnv> {
  const app = new Hono<ServerEnv>();
  const guard = createBruteForceGuard(dependencies.clock);
  app.use('*', securityHeaders());
  app.use('*', corsAllowlist(dependencies.corsOrigins));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maximumBodyBytes,
      onError: (context) => errorResponse(context, 413, 'payload_too_large', 'The request body is larger than 1 MiB.'),
    }),
  );
  // Slack interactivity authenticates by signature, not token; the route also checks the length it read.
  app.use(
    '/slack/*',
    bodyLimit({
      maxSize: maximumBodyBytes,
      onError: (context) => errorResponse(context, 413, 'payload_too_large', 'The request body is larger than 1 MiB.'),
    }),
  );
  // Inbound webhooks authenticate by shared secret or signature; the routes also check the length they read (WH-1).
  app.use(
    '/webhooks/*',
    bodyLimit({
      maxSize: maximumBodyBytes,
      onError: (context) => errorResponse(context, 413, 'payload_too_large', 'The request body is larger than 1 MiB.'),
    }),
  );
  app.use(
    '/api/*',
    requireApiToken({
      tokens: dependencies.tokens,
      guard,
      clientAddress: dependencies.clientAddress ?? socketAddress,
    }),
  );
  registerHealthRoutes(app, dependencies);
  app.get('/api/openapi.json', (context) => context.json(openApiDocument));
  registerApprovalRoutes(app, dependencies);
  registerDraftRoutes(app, dependencies);
  registerDraftVersionRoutes(app, dependencies);
  registerBatchRoutes(app, dependencies);
  registerLeadRoutes(app, dependencies);
  registerRecordRoutes(app, dependencies);
  registerSlackInteractionRoutes(app, dependencies);
  registerWebhookRoutes(app, dependencies);
  registerGdprRoutes(app, dependencies);
  registerInboxRoutes(app, dependencies);
  registerMeetingRoutes(app, dependencies);
  registerMeetingChangeRoutes(app, dependencies);
  registerUnsubscribeRoutes(app, dependencies);
  if (dependencies.tracking) registerTrackingRoutes(app, dependencies.tracking);
  if (dependencies.icsFeed) registerIcsFeedRoutes(app, dependencies.icsFeed);
  // After every API route, so an unknown /api path still gets the JSON 404; the security-headers
  // middleware above gives the dashboard its CSP (AUTH-6).
  if (dependencies.dashboardDirectory) app.get('*', serveStatic({ root: dependencies.dashboardDirectory }));
  app.notFound((context) =>
    errorResponse(context, 404, 'not_found', `No route ${context.req.method} ${context.req.path}.`),
  );
  app.onError((error, context) => {
    if (!isCaioError(error)) dependencies.onUnexpectedError?.(error);
    return respondToError(error, context);
  });
  return app;
}
