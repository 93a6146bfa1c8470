import { z } from 'zod';
import { CaioError, type CaioErrorCode } from '../domain/errors.js';

/** The part of the API's approval item (`present-approval.ts`) the CLI prints. */
export interface DecidedApproval {
  id: string;
  draftId: string;
  status: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
}

/** What to decide through a running `caio serve` (SPEC §14 `POST /api/approvals/{id}/approve|reject`). */
export interface ServerDecision {
  /** Base URL from `serve.json`, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** An approver or admin token (CAIO_API_TOKEN); its name becomes the audit actor. */
  token: string | undefined;
  approvalId: string;
  decision: 'approve' | 'reject';
  /** Required for `reject`. */
  reason?: string;
}

const decidedApprovalSchema = z.looseObject({
  id: z.string(),
  draftId: z.string(),
  status: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});
const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

const knownCodes = new Set<string>([
  'input_invalid',
  'permission_denied',
  'not_found',
  'conflict',
  'policy_refused',
  'emergency_stop',
  'rate_limited',
  'internal',
  'vendor_error',
  'circuit_open',
  'database_locked',
  'timeout',
]);

function errorCodeFor(status: number, code: string): CaioErrorCode {
  if (status === 409 || status === 410) return 'conflict';
  if (status === 401 || status === 403) return 'permission_denied';
  return knownCodes.has(code) ? (code as CaioErrorCode) : 'internal';
}

/**
 * Approves or rejects through the API of the `caio serve` that holds the embedded database, so the
 * CLI keeps working while the server runs (issue 3 "Approval desk").
 *
 * @returns the decided approval as the server presents it.
 * @throws CaioError `config_invalid` when no token is set (names `CAIO_API_TOKEN`); the server's
 *   error mapped back to a CaioError otherwise (409/410 → `conflict`, 401/403 → `permission_denied`);
 *   `internal` when the server cannot be reached.
 */
export async function decideThroughServer(request: ServerDecision): Promise<DecidedApproval> {
  if (!request.token) {
    throw new CaioError(
      'config_invalid',
      `caio serve (${request.url}) holds the embedded database; set CAIO_API_TOKEN to an approver or admin API token so this command can go through its API, or stop the server.`,
    );
  }
  const target = `${request.url}/api/approvals/${encodeURIComponent(request.approvalId)}/${request.decision}`;
  let response: Response;
  try {
    response = await fetch(target, {
      method: 'POST',
      headers: { Authorization: `Bearer ${request.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(request.decision === 'reject' ? { reason: request.reason } : {}),
    });
  } catch (error) {
    throw new CaioError('internal', `Could not reach caio serve at ${request.url}: ${(error as Error).message}`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    const code = parsed.success ? parsed.data.error.code : 'internal';
    const message = parsed.success ? parsed.data.error.message : `caio serve answered HTTP ${response.status}.`;
    throw new CaioError(errorCodeFor(response.status, code), message);
  }
  return decidedApprovalSchema.parse(body);
}
