import type { MiddlewareHandler } from 'hono';

/** The dashboard CSP of AUTH-6: blocks remote images (the markdown-image exfiltration channel) and framing. */
export const contentSecurityPolicy = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";

/**
 * Security headers on every response (AUTH-6): the CSP on everything outside `/api/*` (pages the
 * browser renders), `no-store` on API answers, and `nosniff`, `no-referrer`, `DENY` framing everywhere.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (context, next) => {
    await next();
    const headers = context.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Frame-Options', 'DENY');
    if (context.req.path === '/api' || context.req.path.startsWith('/api/')) headers.set('Cache-Control', 'no-store');
    else headers.set('Content-Security-Policy', contentSecurityPolicy);
  };
}
