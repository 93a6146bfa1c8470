export {
  createEnrichmentWaterfall,
  type EnrichmentWaterfall,
  type EnrichmentWaterfallOptions,
  type EnrichmentWaterfallStats,
} from './create-enrichment-waterfall.js';
export {
  defaultNeededFields,
  type EnrichmentAttempt,
  type EnrichmentAttemptResult,
  type EnrichmentField,
  type EnrichmentOutcome,
} from './enrichment-outcome.js';
export type { ProviderStats } from './provider-stats.js';
export { createInMemoryEnrichmentCache, type InMemoryEnrichmentCacheOptions } from './in-memory-enrichment-cache.js';
export { companyCacheKey, personCacheKey } from './enrichment-cache-keys.js';
export { linkedinUrlCorrelationId } from './linkedin-url-correlation-id.js';
export {
  clayEnrichmentCallbackSchema,
  completeClayEnrichment,
  type ClayEnrichmentCallback,
  type ClayEnrichmentCompletion,
  type CompleteClayEnrichmentDependencies,
} from './complete-clay-enrichment.js';
export { clayCallbackEnrichmentRecord } from './clay-callback-enrichment-record.js';
export {
  requestClayEnrichment,
  type ClayEnrichmentCandidate,
  type ClayEnrichmentRequestReport,
  type RequestClayEnrichmentDependencies,
} from './request-clay-enrichment.js';
