import type { Hono } from 'hono';
import { editQueuedDraft, rateDraft } from '../../pipeline/approval/index.js';
import { CaioError } from '../../domain/errors.js';
import { draftEditBodySchema, idPathSchema, ratingBodySchema } from '../api-schemas.js';
import { deskDependenciesOf } from '../desk-dependencies-of.js';
import { parseInput, readJsonBody } from '../parse-input.js';
import { presentApproval } from '../present-approval.js';
import { requireRole } from '../require-role.js';
import type { ServerDependencies } from '../server-dependencies.js';
import type { ServerEnv } from '../server-env.js';

/**
 * Draft edits (SPEC §3.6 "edit then approve") and Head-of-Sales ratings (SPEC §18). Both need an
 * `approver` or `admin` token; reading rating averages needs any token.
 */
export function registerDraftRoutes(app: Hono<ServerEnv>, dependencies: ServerDependencies): void {
  app.patch('/api/drafts/:id', async (context) => {
    const principal = requireRole(context, 'approver');
    const { id } = parseInput(idPathSchema, context.req.param(), 'path');
    const body = parseInput(draftEditBodySchema, await readJsonBody(context), 'body');
    const entry = await editQueuedDraft(deskDependenciesOf(dependencies), {
      draftId: id,
      actor: principal.name,
      ...body,
    });
    return context.json(presentApproval(entry));
  });

  app.post('/api/drafts/:id/rating', async (context) => {
    const principal = requireRole(context, 'approver');
    const { id } = parseInput(idPathSchema, context.req.param(), 'path');
    const body = parseInput(ratingBodySchema, await readJsonBody(context), 'body');
    const summary = await rateDraft(deskDependenciesOf(dependencies), {
      draftId: id,
      rater: principal.name,
      scores: body.scores,
    });
    return context.json({ draftId: id, rater: principal.name, scores: body.scores, ...summary });
  });

  app.get('/api/drafts/:id/rating', async (context) => {
    const { id } = parseInput(idPathSchema, context.req.param(), 'path');
    if (!(await dependencies.store.drafts.findById(id))) throw new CaioError('not_found', `No draft ${id}.`);
    return context.json({ draftId: id, ...(await dependencies.desk.ratings.averages(id)) });
  });

  app.get('/api/ratings', async (context) => context.json(await dependencies.desk.ratings.averages()));
}
