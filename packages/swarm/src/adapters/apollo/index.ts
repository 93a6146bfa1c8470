export { createApolloEnrichmentProvider, type ApolloEnrichmentSettings } from './create-apollo-enrichment-provider.js';
export { apolloCreditsPerReveal } from './apollo-person-to-answer.js';
