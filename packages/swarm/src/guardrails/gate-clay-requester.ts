import { CaioError } from '../domain/errors.js';
import type { ClayEnrichmentRequester } from '../ports/clay-enrichment-requester.js';
import type { ActionGateway } from './action-gateway.js';
import type { ActionEffect } from './action-request.js';

/**
 * Wraps a Clay requester so every row sent to Clay passes the action gateway as
 * `ENRICHER.request_enrichment` (SPEC §1.2: personal data leaves the process) — kill switches,
 * permission matrix and one audit event per request. Returns the same port. The vendor's own error
 * is re-thrown unchanged, so callers still tell a timeout (maybe delivered) from a refusal.
 *
 * @throws CaioError `policy_refused` when the gateway refuses or parks the request.
 */
export function gateClayRequester(
  requester: ClayEnrichmentRequester,
  gateway: ActionGateway,
  actor: string,
): ClayEnrichmentRequester {
  return {
    async send(row, signal) {
      let vendorError: { error: unknown } | null = null;
      const call = async () => {
        try {
          await requester.send(row, signal);
        } catch (error) {
          vendorError = { error };
          throw error;
        }
      };
      // request_enrichment is internal-class, so the gateway never shadows it; if a matrix edit made it
      // so, the request is sent all the same rather than silently dropped.
      const effect: ActionEffect<null, void> = { live: call, shadow: async () => [await call()] };
      const outcome = await gateway.submit(
        {
          agent: 'ENRICHER',
          action: 'request_enrichment',
          target: `clay:${row.correlationId}`,
          payload: null,
          evidence: [],
          idempotencyKey: `clay:${row.correlationId}`,
          actor,
          summary: `Clay enrichment request ${row.correlationId}`,
        },
        effect,
      );
      if (outcome.status === 'executed' || outcome.status === 'shadowed') return;
      if (vendorError) throw (vendorError as { error: unknown }).error;
      const reason = outcome.status === 'parked' ? outcome.reason : outcome.message;
      throw new CaioError('policy_refused', `Clay request refused by the action gateway: ${reason}`);
    },
  };
}
