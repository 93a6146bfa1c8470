import { CaioError } from '../../domain/errors.js';
import type { ClayEnrichmentRequester } from '../../ports/clay-enrichment-requester.js';
import type { Clock } from '../../ports/clock.js';
import type { FetchLike } from '../http/create-json-http-client.js';
import { postClayRow } from './post-clay-row.js';
import type { ClayResilientCall } from './resilient-call-like.js';

/** Settings of {@link createClayEnrichmentRequester}; resolved by `config/`, never read from the environment here. */
export interface ClayEnrichmentRequesterSettings {
  /** The table's webhook source URL (config `clay.tableWebhookUrl`), unique per table. */
  tableWebhookUrl: string;
  /** The webhook's optional auth token (env `CLAY_WEBHOOK_TOKEN`), sent as header `x-clay-webhook-auth`. */
  token?: string | undefined;
  fetch: FetchLike;
  clock: Clock;
  /**
   * Breaker → timeout for every call (RES-1, RES-2; SPEC §10 gives Clay 30 s): pass
   * `createResilientCall({ breaker: createCircuitBreaker({ name: 'clay', clock }), timeoutMs: 30_000 })`.
   */
  resilientCall: ClayResilientCall;
}

/**
 * The Clay enrichment requester (SPEC §3.2): POSTs each lead as one JSON row
 * `{ correlationId, linkedinUrl, firstName, lastName, companyName, companyDomain }` to the user's
 * Clay table webhook (university.clay.com/docs/webhook-integration-docs). Sends are not idempotent
 * (each POST adds a row and counts against the webhook's 50,000-submission limit), so they are never
 * retried here (RES-3); the caller's pending row decides whether to ask again.
 *
 * @throws CaioError `config_invalid` for a missing or non-https URL; `send` rejects with
 *   `permission_denied` (401/403), `rate_limited` (429 + Retry-After), `vendor_error` (404/410
 *   non-retryable; 5xx and connection errors retryable), `timeout` or `circuit_open`.
 */
export function createClayEnrichmentRequester(settings: ClayEnrichmentRequesterSettings): ClayEnrichmentRequester {
  let url: URL;
  try {
    url = new URL(settings.tableWebhookUrl);
  } catch {
    throw new CaioError('config_invalid', 'clay.tableWebhookUrl must be the table webhook URL copied from Clay.');
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
    throw new CaioError('config_invalid', 'clay.tableWebhookUrl must be an https URL (lead data travels in it).');
  }
  const token = settings.token?.trim() || undefined;
  return {
    async send(row, signal) {
      await settings.resilientCall(
        (attempt) =>
          postClayRow({
            fetch: settings.fetch,
            url: url.href,
            token,
            row,
            signal: attempt,
            nowMs: settings.clock.now().getTime(),
          }),
        { idempotent: false, ...(signal ? { signal } : {}) },
      );
    },
  };
}
