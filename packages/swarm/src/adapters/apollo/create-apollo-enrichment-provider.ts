import { CaioError } from '../../domain/errors.js';
import type { Clock } from '../../ports/clock.js';
import type { EnrichmentProvider } from '../../ports/enrichment-provider.js';
import { createJsonHttpClient, type FetchLike } from '../http/create-json-http-client.js';
import { describeApolloErrorBody } from './apollo-error-mapper.js';
import { apolloPersonToAnswer } from './apollo-person-to-answer.js';
import { apolloPeopleMatchResponseSchema } from './apollo-schemas.js';
import { toApolloMatchRequest } from './to-apollo-match-request.js';

/** Settings of {@link createApolloEnrichmentProvider}; resolved by `config/`, never read from the environment here. */
export interface ApolloEnrichmentSettings {
  /** Apollo API key (config `enrichment.apollo.apiKey`, env `APOLLO_API_KEY`); sent as `x-api-key`. */
  apiKey: string;
  /** Default `https://api.apollo.io`. */
  baseUrl?: string;
  fetch: FetchLike;
  clock: Clock;
  /** Per-call timeout in ms (RES-2 default 10 000), enforced by the waterfall or `withResilience`. */
  timeoutMs?: number;
}

/**
 * The Apollo People Match enrichment provider (SPEC §3.2, first vendor of the waterfall):
 * `POST {baseUrl}/api/v1/people/match` with `x-api-key`. A match costs 1 credit; `person: null`
 * is `found: false` (no credit). HTTP and network failures throw `CaioError` (`rate_limited` with
 * `retryAfterMs` on 429, `vendor_error` with `details.status`, `timeout`), never an empty result.
 *
 * @example
 * const apollo = createApolloEnrichmentProvider({ apiKey, fetch: globalThis.fetch, clock });
 */
export function createApolloEnrichmentProvider(settings: ApolloEnrichmentSettings): EnrichmentProvider {
  if (!settings.apiKey.trim()) {
    throw new CaioError(
      'config_invalid',
      'Apollo needs an API key: set enrichment.apollo.apiKey or the APOLLO_API_KEY environment variable.',
    );
  }
  const client = createJsonHttpClient({
    vendor: 'Apollo',
    baseUrl: (settings.baseUrl ?? 'https://api.apollo.io').replace(/\/+$/, ''),
    fetch: settings.fetch,
    headers: { 'x-api-key': settings.apiKey, 'cache-control': 'no-cache' },
    nowMs: () => settings.clock.now().getTime(),
    describeErrorBody: describeApolloErrorBody,
  });
  return {
    slug: 'apollo',
    timeoutMs: settings.timeoutMs ?? 10_000,
    async enrich(request, signal) {
      const body = toApolloMatchRequest(request);
      if (!body) return { found: false, credits: 0 };
      const raw = await client.postJson('/api/v1/people/match', body, signal);
      const parsed = apolloPeopleMatchResponseSchema.safeParse(raw);
      if (!parsed.success) {
        throw new CaioError(
          'vendor_error',
          `Apollo People Match returned an unexpected shape: ${parsed.error.message}`,
          {
            details: { malformed: true, vendor: 'Apollo' },
          },
        );
      }
      return parsed.data.person ? apolloPersonToAnswer(parsed.data.person) : { found: false, credits: 0 };
    },
  };
}
