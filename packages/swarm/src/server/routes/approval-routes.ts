import type { Hono } from 'hono';
import { CaioError } from '../../domain/errors.js';
import { approveQueuedDraft, rejectQueuedDraft } from '../../pipeline/approval/index.js';
import type { ApprovalDeskStore } from '../../ports/approval-desk-store.js';
import { approvalListQuerySchema, idPathSchema, rejectBodySchema } from '../api-schemas.js';
import { deskDependenciesOf } from '../desk-dependencies-of.js';
import { parseInput, readJsonBody } from '../parse-input.js';
import { presentApproval } from '../present-approval.js';
import { requireRole } from '../require-role.js';
import type { ServerDependencies } from '../server-dependencies.js';
import type { ServerEnv } from '../server-env.js';

async function presentedItem(desk: ApprovalDeskStore, approvalId: string) {
  const entry = await desk.findQueueEntry(approvalId);
  if (!entry) throw new CaioError('not_found', `No approval ${approvalId}.`);
  return presentApproval(entry);
}

/**
 * The approval queue (SPEC §3.6, §14): list with keyset pagination, approve, reject with a reason.
 * Deciding needs an `approver` or `admin` token; the token's name is the audit actor.
 */
export function registerApprovalRoutes(app: Hono<ServerEnv>, dependencies: ServerDependencies): void {
  app.get('/api/approvals', async (context) => {
    const query = parseInput(approvalListQuerySchema, context.req.query(), 'query');
    const page = await dependencies.desk.listQueue({
      limit: query.limit,
      ...(query.status ? { status: query.status } : {}),
      ...(query.tier ? { tier: query.tier } : {}),
      ...(query.cursor ? { cursor: query.cursor } : {}),
    });
    return context.json({ items: page.items.map(presentApproval), nextCursor: page.nextCursor });
  });

  app.get('/api/approvals/:id', async (context) => {
    const { id } = parseInput(idPathSchema, context.req.param(), 'path');
    return context.json(await presentedItem(dependencies.desk, id));
  });

  app.post('/api/approvals/:id/approve', async (context) => {
    const principal = requireRole(context, 'approver');
    const { id } = parseInput(idPathSchema, context.req.param(), 'path');
    await approveQueuedDraft(deskDependenciesOf(dependencies), { approvalId: id, actor: principal.name });
    return context.json(await presentedItem(dependencies.desk, id));
  });

  app.post('/api/approvals/:id/reject', async (context) => {
    const principal = requireRole(context, 'approver');
    const { id } = parseInput(idPathSchema, context.req.param(), 'path');
    const body = parseInput(rejectBodySchema, await readJsonBody(context), 'body');
    await rejectQueuedDraft(deskDependenciesOf(dependencies), {
      approvalId: id,
      actor: principal.name,
      reason: body.reason,
    });
    return context.json(await presentedItem(dependencies.desk, id));
  });
}
