import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { eraseSubjectData, exportSubjectData, isDsarOverdue } from '../../compliance/index.js';
import { errorResponse } from '../api-error.js';
import { parseInput, readJsonBody } from '../parse-input.js';
import { requireRole } from '../require-role.js';
import type { ServerComplianceDependencies, ServerDependencies } from '../server-dependencies.js';
import type { ServerEnv } from '../server-env.js';

const subjectSchema = z.object({ email: z.string().trim().min(3).max(320) });

type Handler = (context: Context<ServerEnv>, compliance: ServerComplianceDependencies) => Promise<Response>;

/** A data-subject request made over the API, recorded against the calling token's principal. */
function apiSubjectRequest(context: Context<ServerEnv>, email: string) {
  return { email, channel: 'api' as const, requestedBy: context.get('principal').name };
}

/**
 * Data-subject requests over the API (specs/security.md GDPR-1, GDPR-2, GDPR-4), admin tokens only:
 * `GET /api/gdpr/export?email=` returns everything held about the person as JSON,
 * `POST /api/gdpr/erase` `{ "email": … }` erases them (keeping only the salted suppression hash), and
 * `GET /api/gdpr/requests` lists the DSAR log with an `overdue` flag (day 20). Without compliance
 * dependencies every route answers 503 `compliance_not_configured`.
 */
export function registerGdprRoutes(app: Hono<ServerEnv>, dependencies: ServerDependencies): void {
  const guarded =
    (handler: Handler) =>
    async (context: Context<ServerEnv>): Promise<Response> => {
      requireRole(context, 'admin');
      if (!dependencies.compliance) {
        return errorResponse(context, 503, 'compliance_not_configured', 'The compliance use cases are not wired.');
      }
      return handler(context, dependencies.compliance);
    };

  app.get(
    '/api/gdpr/export',
    guarded(async (context, compliance) => {
      const { email } = parseInput(subjectSchema, context.req.query(), 'query');
      return context.json(await exportSubjectData(compliance.useCases, apiSubjectRequest(context, email)));
    }),
  );

  app.post(
    '/api/gdpr/erase',
    guarded(async (context, compliance) => {
      const { email } = parseInput(subjectSchema, await readJsonBody(context), 'body');
      return context.json(await eraseSubjectData(compliance.useCases, apiSubjectRequest(context, email)));
    }),
  );

  app.get(
    '/api/gdpr/requests',
    guarded(async (context, compliance) => {
      const now = compliance.useCases.clock.now();
      const requests = await compliance.useCases.compliance.listDsars();
      return context.json({
        items: requests.map((request) => ({ ...request, overdue: isDsarOverdue(request, now) })),
      });
    }),
  );
}
