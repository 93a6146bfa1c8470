import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * CORS with an exact-origin allowlist (AUTH-3). An origin not on the list — including `null` — gets no
 * `Access-Control-Allow-Origin`; `*` is never sent and credentials are not allowed (tokens travel in
 * headers, not cookies). Preflight `OPTIONS` is answered here with 204 and no body, before any auth.
 */
export function corsAllowlist(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins.filter((origin) => origin !== '*' && origin !== 'null'));
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PATCH', 'OPTIONS'],
    allowHeaders: ['Authorization', 'X-Dashboard-Token', 'Content-Type'],
    maxAge: 600,
    credentials: false,
  });
}
