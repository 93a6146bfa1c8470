import type { EnrichmentProvider } from '../../ports/enrichment-provider.js';
import { createResilientCall, type ResiliencePolicy } from './create-resilient-call.js';

/** A {@link ResiliencePolicy} for an enrichment provider. */
export interface EnrichmentResiliencePolicy extends Omit<ResiliencePolicy, 'timeoutMs'> {
  /** Overrides the provider's own `timeoutMs`; when both are absent, 10 000 ms (RES-2). */
  timeoutMs?: number;
  /**
   * Whether enrich calls may be retried. Default false: a People Match costs a credit per call,
   * so a retry after an ambiguous timeout could pay twice.
   */
  idempotent?: boolean;
}

/**
 * Wraps an enrichment provider in breaker → retry → timeout and returns the same port (STYLE.md
 * §9). The wrapped provider's `timeoutMs` reports the enforced timeout.
 *
 * @example const apollo = withResilience(createApolloEnrichmentProvider(settings), { breaker });
 */
export function withResilience(provider: EnrichmentProvider, policy: EnrichmentResiliencePolicy): EnrichmentProvider {
  const timeoutMs = policy.timeoutMs ?? provider.timeoutMs;
  const call = createResilientCall({ ...policy, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
  const idempotent = policy.idempotent ?? false;
  return {
    slug: provider.slug,
    timeoutMs: timeoutMs ?? 10_000,
    enrich: (request, signal) =>
      call((attemptSignal) => provider.enrich(request, attemptSignal), { idempotent, signal }),
  };
}
