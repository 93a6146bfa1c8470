import type { Hono } from 'hono';
import { CaioError } from '../../domain/errors.js';
import { idPathSchema, leadListQuerySchema } from '../api-schemas.js';
import { parseInput } from '../parse-input.js';
import { presentDraft } from '../present-approval.js';
import type { ServerDependencies } from '../server-dependencies.js';
import type { ServerEnv } from '../server-env.js';

/** Audit events shown in a lead's timeline, at most. */
const timelineLimit = 500;

/**
 * Leads (SPEC §14 "leads with filters and why this score", "lead timeline"): a keyset-paginated
 * list filtered by tier and status, and one lead's profile, latest enrichment, latest score with its
 * components and reasons, drafts, and a timeline read from the audit trail.
 */
export function registerLeadRoutes(app: Hono<ServerEnv>, dependencies: ServerDependencies): void {
  app.get('/api/leads', async (context) => {
    const query = parseInput(leadListQuerySchema, context.req.query(), 'query');
    const page = await dependencies.store.leads.list({
      limit: query.limit,
      ...(query.tier ? { tier: query.tier } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.cursor ? { cursor: query.cursor } : {}),
    });
    return context.json(page);
  });

  app.get('/api/leads/:id', async (context) => {
    const { id } = parseInput(idPathSchema, context.req.param(), 'path');
    const { store, desk } = dependencies;
    const lead = await store.leads.findById(id);
    if (!lead) throw new CaioError('not_found', `No lead ${id}. List leads with GET /api/leads.`);
    const [enrichment, score, drafts, timeline] = await Promise.all([
      store.enrichment.latestForLead(id),
      store.scores.latestForLead(id),
      desk.draftsForLead(id),
      desk.leadTimeline(id, timelineLimit),
    ]);
    return context.json({
      lead,
      enrichment,
      score: score ? { ...score.result, scoredAt: score.scoredAt } : null,
      drafts: drafts.map(presentDraft),
      timeline,
    });
  });

  // Issue 4: "why is this not sending?" — the same answer as `caio why <lead>`.
  app.get('/api/leads/:id/why', async (context) => {
    const { id } = parseInput(idPathSchema, context.req.param(), 'path');
    if (!dependencies.explainSending) {
      throw new CaioError('config_invalid', 'The send explanation is not configured on this server.');
    }
    return context.json(await dependencies.explainSending(id));
  });
}
