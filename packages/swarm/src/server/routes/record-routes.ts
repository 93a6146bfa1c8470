import type { Hono } from 'hono';
import { auditQuerySchema, runListQuerySchema } from '../api-schemas.js';
import { parseInput } from '../parse-input.js';
import { redactConfig } from '../redact-config.js';
import type { ServerDependencies } from '../server-dependencies.js';
import type { ServerEnv } from '../server-env.js';

/**
 * Read-only records (SPEC §13/§14): pipeline runs, audit search by agent/action/date, and the
 * effective configuration with every secret-named value redacted.
 */
export function registerRecordRoutes(app: Hono<ServerEnv>, dependencies: ServerDependencies): void {
  app.get('/api/runs', async (context) => {
    const query = parseInput(runListQuerySchema, context.req.query(), 'query');
    return context.json(
      await dependencies.runLog.list({ limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) }),
    );
  });

  app.get('/api/audit', async (context) => {
    const query = parseInput(auditQuerySchema, context.req.query(), 'query');
    return context.json(
      await dependencies.store.audit.query({
        limit: query.limit,
        ...(query.agent ? { agent: query.agent } : {}),
        ...(query.action ? { action: query.action } : {}),
        ...(query.since ? { since: new Date(query.since) } : {}),
        ...(query.cursor ? { cursor: query.cursor } : {}),
      }),
    );
  });

  app.get('/api/config', (context) => context.json({ config: redactConfig(dependencies.config) }));
}
