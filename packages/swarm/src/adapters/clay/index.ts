export {
  createClayEnrichmentRequester,
  type ClayEnrichmentRequesterSettings,
} from './create-clay-enrichment-requester.js';
export type { ClayResilientCall } from './resilient-call-like.js';
