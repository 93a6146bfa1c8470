import type { EnrichmentProvider, PersonFacts } from '../../ports/enrichment-provider.js';
import type { EmbeddedCompanyData } from './embedded-company-data.js';
import { findEmbeddedCompany } from './find-embedded-company.js';

const noPersonFacts: PersonFacts = Object.freeze({});

/**
 * The embedded enrichment provider (SPEC §3.2): answers from local company and signal data so
 * the pipeline runs with no vendor account. Company-level only (no person facts), 0 credits,
 * `timeoutMs: 0` (in-process: the waterfall creates no timer for it). The answer's `company` and
 * `signals` are shared frozen objects: copy before changing. `matchedBy` names the key used.
 *
 * @example
 * const data = await loadEmbeddedCompanyData('examples/data/companies.csv', 'examples/data/signals.csv');
 * const embedded = createEmbeddedEnrichmentProvider(data);
 */
export function createEmbeddedEnrichmentProvider(data: EmbeddedCompanyData): EnrichmentProvider {
  return {
    slug: 'embedded',
    timeoutMs: 0,
    enrich(request) {
      const match = findEmbeddedCompany(data, request);
      if (!match) return Promise.resolve({ found: false, credits: 0 });
      return Promise.resolve({
        found: true,
        person: noPersonFacts,
        company: match.record.company,
        signals: match.record.signals,
        credits: 0,
        matchedBy: match.matchedBy,
      });
    },
  };
}
