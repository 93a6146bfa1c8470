export { createEmbeddedEnrichmentProvider } from './create-embedded-enrichment-provider.js';
export { loadEmbeddedCompanyData } from './load-embedded-company-data.js';
export { buildEmbeddedCompanyData } from './build-embedded-company-data.js';
export { findEmbeddedCompany, type EmbeddedMatch, type EmbeddedMatchKey } from './find-embedded-company.js';
export type { EmbeddedCompanyData, EmbeddedCompanyRecord } from './embedded-company-data.js';
export type { EmbeddedCompanyRow, EmbeddedSignalRow } from './embedded-csv-schemas.js';
