import { emptyCompanyProfile, type CompanyProfile } from '../../domain/company.js';
import type { PersonFacts } from '../../ports/enrichment-provider.js';
import type { EnrichmentRecord } from '../../ports/pipeline-store.js';
import type { ClayEnrichmentCallback } from './complete-clay-enrichment.js';

function withoutEmpty<T extends object>(facts: T | undefined): Partial<T> {
  return Object.fromEntries(
    Object.entries(facts ?? {}).filter(([, value]) => value !== null && value !== undefined),
  ) as Partial<T>;
}

/**
 * The enrichment record a completed Clay callback appends for its lead (SPEC §3.2): the lead's
 * latest record (`previous`, or an empty profile) with Clay's non-empty person and company fields
 * laid over it, provider `clay`, fetched at `fetchedAt` (UTC instant of the callback's processing).
 * Only the known company fields (domain, name, industry, employeeCount) are taken; unknown keys in
 * the callback never reach the profile. Pure.
 */
export function clayCallbackEnrichmentRecord(
  previous: EnrichmentRecord | null,
  leadId: string,
  result: { person: PersonFacts; company: ClayEnrichmentCallback['company'] },
  fetchedAt: Date,
): EnrichmentRecord {
  const company = withoutEmpty(result.company);
  const known: Partial<CompanyProfile> = {
    ...(company.domain ? { domain: company.domain.toLowerCase() } : {}),
    ...(company.name ? { name: company.name } : {}),
    ...(company.industry ? { industry: company.industry } : {}),
    ...(company.employeeCount !== undefined && company.employeeCount !== null
      ? { employeeCount: company.employeeCount }
      : {}),
  };
  const person = withoutEmpty<PersonFacts>(result.person);
  return {
    leadId,
    runId: null,
    provider: 'clay',
    fetchedAt,
    fromCache: false,
    company: { ...(previous?.company ?? emptyCompanyProfile()), ...known },
    person: {
      ...(previous?.person ?? {}),
      ...Object.fromEntries(
        (['title', 'seniority', 'email', 'phone', 'city', 'state', 'country'] as const).flatMap((key) =>
          person[key] ? [[key, person[key]]] : [],
        ),
      ),
    },
    signals: previous?.signals ?? [],
    attempts: [{ provider: 'clay', outcome: 'callback' }],
    skippedReason: null,
  };
}
