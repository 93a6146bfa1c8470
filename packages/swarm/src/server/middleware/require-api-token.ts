import type { Context, MiddlewareHandler } from 'hono';
import type { ApiToken } from '../api-token.js';
import { errorResponse } from '../api-error.js';
import type { BruteForceGuard } from '../brute-force-guard.js';
import { findApiToken } from '../find-api-token.js';
import type { ServerEnv } from '../server-env.js';

/** Reads the presented token from `Authorization: Bearer …` or `X-Dashboard-Token` — never the query string (AUTH-2). */
export function presentedToken(context: Context): string | null {
  const authorization = context.req.header('authorization');
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (bearer) return bearer;
  const dashboard = context.req.header('x-dashboard-token')?.trim();
  return dashboard ? dashboard : null;
}

/**
 * Authentication for `/api/*` (SPEC §14, AUTH-1/2/4), in this order: a blocked address gets 429 with
 * `Retry-After`; with no token configured (strict mode) 503; a missing or wrong token 401 (and counts
 * as a failure for the brute-force guard); otherwise the principal is set for the handlers.
 */
export function requireApiToken(options: {
  tokens: readonly ApiToken[];
  guard: BruteForceGuard;
  clientAddress: (context: Context<ServerEnv>) => string;
}): MiddlewareHandler<ServerEnv> {
  return async (context, next) => {
    const address = options.clientAddress(context);
    const blockedForMs = options.guard.blockedForMs(address);
    if (blockedForMs > 0) {
      context.header('Retry-After', String(Math.ceil(blockedForMs / 1000)));
      return errorResponse(
        context,
        429,
        'too_many_attempts',
        'Too many failed authentications from this address; wait and retry.',
      );
    }
    if (options.tokens.length === 0) {
      return errorResponse(
        context,
        503,
        'auth_not_configured',
        'No API token is configured (strict mode): set CAIO_API_TOKEN or auth.tokens in the config.',
      );
    }
    const secret = presentedToken(context);
    const token = secret ? findApiToken(options.tokens, secret) : null;
    if (!token) {
      options.guard.recordFailure(address);
      context.header('WWW-Authenticate', 'Bearer');
      return errorResponse(
        context,
        401,
        'unauthorized',
        'Send a valid token in the Authorization: Bearer header or X-Dashboard-Token header.',
      );
    }
    context.set('principal', { name: token.name, role: token.role });
    await next();
  };
}
