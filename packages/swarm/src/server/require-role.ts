import type { Context } from 'hono';
import { CaioError } from '../domain/errors.js';
import type { ApiTokenRole } from './api-token.js';
import type { Principal, ServerEnv } from './server-env.js';

const rank: Readonly<Record<ApiTokenRole, number>> = { viewer: 0, approver: 1, admin: 2 };

/**
 * The caller, checked to hold at least `minimum` (viewer < approver < admin, SPEC §14).
 * @throws CaioError `permission_denied` (HTTP 403) naming the role needed.
 */
export function requireRole(context: Context<ServerEnv>, minimum: ApiTokenRole): Principal {
  const principal = context.get('principal');
  if (rank[principal.role] < rank[minimum]) {
    throw new CaioError(
      'permission_denied',
      `Token "${principal.name}" is a ${principal.role}; this needs ${minimum} or admin.`,
    );
  }
  return principal;
}
