import type { Clock } from '../../ports/clock.js';
import type { FetchLike } from '../http/create-json-http-client.js';
import { requireCredentials } from '../http/require-credentials.js';
import type { GoHighLevelCaller } from './gohighlevel-caller.js';
import type { GoHighLevelClient } from './gohighlevel-client.js';
import { goHighLevelContactCalls } from './gohighlevel-contact-calls.js';
import { goHighLevelMessageCalls } from './gohighlevel-message-calls.js';
import { goHighLevelOpportunityCalls } from './gohighlevel-opportunity-calls.js';
import { goHighLevelRequester } from './request-gohighlevel.js';
import type { GoHighLevelResilientCall } from './resilient-call-like.js';

/** Settings of {@link createGoHighLevelClient}; resolved by `config/`, never read from the environment here. */
export interface GoHighLevelClientSettings {
  /** Default `https://services.leadconnectorhq.com` (config `gohighlevel.baseUrl`). */
  baseUrl?: string;
  /** Private Integration token of the sub-account (env `GHL_API_TOKEN`), sent as a Bearer token. */
  token: string;
  /** The sub-account ("location") id every call is scoped to (config `gohighlevel.locationId`). */
  locationId: string;
  /**
   * Breaker → retry → timeout for every call (RES-1..RES-3): pass `createResilientCall({ breaker:
   * createCircuitBreaker({ name: 'gohighlevel', clock, failureThreshold: resilienceDefaults.crmFailureThreshold }) })`.
   */
  resilientCall: GoHighLevelResilientCall;
  /** Default the global `fetch`. */
  fetch?: FetchLike;
  /** For HTTP-date `Retry-After` values. Default: the system clock. */
  clock?: Clock;
}

/**
 * The HighLevel API v2 client (SPEC §3.7: GoHighLevel nurture email and CRM) on
 * `https://services.leadconnectorhq.com` with `Authorization: Bearer <token>` and the `Version`
 * header of each endpoint family. Reads and upserts are idempotent and retried (RES-3); the email
 * send is attempted once and marks ambiguous failures `details.outcomeUnknown`.
 *
 * @throws CaioError `config_invalid` for a blank token or location id. Calls reject with
 *   `permission_denied` (401/403), `rate_limited` (429, `retryAfterMs`), `vendor_error`
 *   (`details.status`; 5xx retryable), `timeout`, `circuit_open` or `input_invalid` (blank ids).
 * @example
 * const ghl = createGoHighLevelClient({ token, locationId: 've9EPM428h8vShlRW1KT', resilientCall });
 * const { contactId } = await ghl.upsertContact({ email: 'ada@example.com', firstName: 'Ada' });
 */
export function createGoHighLevelClient(settings: GoHighLevelClientSettings): GoHighLevelClient {
  requireCredentials(
    'GoHighLevel',
    { GHL_API_TOKEN: settings.token, 'gohighlevel.locationId': settings.locationId },
    'set them in the environment / config file',
  );
  const locationId = settings.locationId.trim();
  const send = goHighLevelRequester(settings);
  const call: GoHighLevelCaller = (endpoint, idempotent, signal) =>
    settings.resilientCall((attempt) => send(endpoint, attempt), { idempotent, ...(signal ? { signal } : {}) });
  return {
    locationId,
    ...goHighLevelContactCalls(call, locationId),
    ...goHighLevelMessageCalls(call, locationId),
    ...goHighLevelOpportunityCalls(call, locationId),
  };
}
