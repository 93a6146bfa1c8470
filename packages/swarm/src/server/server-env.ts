import type { ApiTokenRole } from './api-token.js';

/** The authenticated caller: the token's configured name (the audit actor, SPEC §14) and role. */
export interface Principal {
  name: string;
  role: ApiTokenRole;
}

/**
 * Hono environment of the server. `Bindings` is what `@hono/node-server` passes (the Node request,
 * whose socket gives the client address); `Variables` holds the principal set by the auth middleware.
 */
export interface ServerEnv {
  Bindings: { incoming?: { socket?: { remoteAddress?: string } } };
  Variables: { principal: Principal };
}
