import type { Hono } from 'hono';
import { CaioError } from '../../domain/errors.js';
import { approveApprovalBatch, executeApprovalBatch, freezeApprovalBatch } from '../../pipeline/approval/index.js';
import type { ApprovalBatch } from '../../ports/approval-desk-store.js';
import { batchApproveBodySchema, batchCreateBodySchema, idPathSchema } from '../api-schemas.js';
import { deskDependenciesOf } from '../desk-dependencies-of.js';
import { parseInput, readJsonBody } from '../parse-input.js';
import { presentApproval } from '../present-approval.js';
import { requireRole } from '../require-role.js';
import type { ServerDependencies } from '../server-dependencies.js';
import type { ServerEnv } from '../server-env.js';

function presentBatch(batch: ApprovalBatch) {
  return {
    id: batch.id,
    status: batch.status,
    filter: batch.filter,
    previewHash: batch.previewHash,
    expiresAt: batch.expiresAt.toISOString(),
    createdBy: batch.createdBy,
    approvedBy: batch.approvedBy,
    executedBy: batch.executedBy,
    scope: batch.items,
    result: batch.result,
  };
}

/**
 * Batch approval with a frozen scope (SPEC §3.6): create (freeze ids, content hashes, preview hash,
 * expiry), approve quoting the preview hash, execute once. All need an `approver` or `admin` token.
 */
export function registerBatchRoutes(app: Hono<ServerEnv>, dependencies: ServerDependencies): void {
  app.post('/api/batches', async (context) => {
    const principal = requireRole(context, 'approver');
    const body = parseInput(batchCreateBodySchema, await readJsonBody(context), 'body');
    const { batch, entries } = await freezeApprovalBatch(deskDependenciesOf(dependencies), {
      filter: body.filter,
      actor: principal.name,
    });
    return context.json({ ...presentBatch(batch), items: entries.map(presentApproval) }, 201);
  });

  app.get('/api/batches/:id', async (context) => {
    const { id } = parseInput(idPathSchema, context.req.param(), 'path');
    const batch = await dependencies.desk.batches.findById(id);
    if (!batch) throw new CaioError('not_found', `No batch ${id}. Create one with POST /api/batches.`);
    return context.json(presentBatch(batch));
  });

  app.post('/api/batches/:id/approve', async (context) => {
    const principal = requireRole(context, 'approver');
    const { id } = parseInput(idPathSchema, context.req.param(), 'path');
    const body = parseInput(batchApproveBodySchema, await readJsonBody(context), 'body');
    const batch = await approveApprovalBatch(deskDependenciesOf(dependencies), {
      batchId: id,
      previewHash: body.previewHash,
      actor: principal.name,
    });
    return context.json(presentBatch(batch));
  });

  app.post('/api/batches/:id/execute', async (context) => {
    const principal = requireRole(context, 'approver');
    const { id } = parseInput(idPathSchema, context.req.param(), 'path');
    const outcome = await executeApprovalBatch(deskDependenciesOf(dependencies), {
      batchId: id,
      actor: principal.name,
    });
    return context.json({ ...presentBatch(outcome.batch), executedNow: outcome.executedNow, ...outcome.result });
  });
}
