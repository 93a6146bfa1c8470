import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { CaioError } from '../../domain/errors.js';
import { inboxIntents } from '../../inbound/inbox-intent.js';
import type { InboxStore } from '../../ports/inbox-store.js';
import { idPathSchema, pageQueryFields } from '../api-schemas.js';
import { errorResponse } from '../api-error.js';
import { parseInput, readJsonBody } from '../parse-input.js';
import { requireRole } from '../require-role.js';
import type { ServerEnv } from '../server-env.js';

const inboxIntentSchema = z.enum(inboxIntents);

/** `GET /api/inbox` query: `intent`, `needsReview=true|false`, `cursor`, `limit` (1–200, default 50). */
export const inboxListQuerySchema = z.object({
  intent: inboxIntentSchema.optional(),
  needsReview: z.enum(['true', 'false']).optional(),
  ...pageQueryFields,
});

/** `POST /api/inbox/{id}/override` body: the corrected intent. */
export const inboxOverrideBodySchema = z.strictObject({ intent: inboxIntentSchema });

/** What the inbox routes need: the inbox read model; absent = every route answers 503 `inbox_not_configured`. */
export interface InboxRouteDependencies {
  inbox?: InboxStore | undefined;
}

/**
 * The unified inbox over the API (SPEC §4 "Unified inbox", SPEC §14 roles): `GET /api/inbox` lists
 * classified replies newest first with `intent` / `needsReview` filters and keyset pagination (any
 * token); `POST /api/inbox/{id}/override` `{ "intent": … }` corrects a reply's intent (approver or
 * admin; the token's name is the audit actor; clears needs-review).
 */
export function registerInboxRoutes(app: Hono<ServerEnv>, dependencies: InboxRouteDependencies): void {
  const unconfigured = (context: Context<ServerEnv>) =>
    errorResponse(context, 503, 'inbox_not_configured', 'The inbox store is not wired on this server.');

  app.get('/api/inbox', async (context) => {
    const query = parseInput(inboxListQuerySchema, context.req.query(), 'query');
    if (!dependencies.inbox) return unconfigured(context);
    const page = await dependencies.inbox.list({
      limit: query.limit,
      ...(query.intent ? { intent: query.intent } : {}),
      ...(query.needsReview ? { needsReview: query.needsReview === 'true' } : {}),
      ...(query.cursor ? { cursor: query.cursor } : {}),
    });
    return context.json(page);
  });

  app.post('/api/inbox/:id/override', async (context) => {
    const principal = requireRole(context, 'approver');
    const { id } = parseInput(idPathSchema, context.req.param(), 'path');
    const { intent } = parseInput(inboxOverrideBodySchema, await readJsonBody(context), 'body');
    if (!dependencies.inbox) return unconfigured(context);
    const updated = await dependencies.inbox.override(id, intent, principal.name);
    if (!updated) throw new CaioError('not_found', `No reply ${id}. List replies with GET /api/inbox.`);
    return context.json(updated);
  });
}
