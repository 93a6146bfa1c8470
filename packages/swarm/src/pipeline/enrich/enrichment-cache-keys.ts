import type { EnrichmentRequest } from '../../ports/enrichment-provider.js';

function sourceCompanyId(request: EnrichmentRequest): string | null {
  for (const [key, value] of Object.entries(request.attributes ?? {})) {
    if (key.toLowerCase().replace(/[^a-z0-9]/g, '') === 'sourcecompanyid' && value.trim())
      return value.trim().toLowerCase();
  }
  return null;
}

/**
 * The cache key of the lead's company: its domain (lower-case, `www.` stripped) or, without one,
 * its `source_company_id` attribute. Never the name: names collide ("Apollo" ×3). Null when neither.
 */
export function companyCacheKey(request: EnrichmentRequest): string | null {
  const domain = request.companyDomain
    ?.trim()
    .toLowerCase()
    .replace(/^www\./, '');
  if (domain) return `company:domain:${domain}`;
  const id = sourceCompanyId(request);
  return id ? `company:id:${id}` : null;
}

/** The cache key of the person: email (lower-case), else LinkedIn URL; null when neither. */
export function personCacheKey(request: EnrichmentRequest): string | null {
  if (request.email) return `person:email:${request.email.trim().toLowerCase()}`;
  if (request.linkedinUrl) return `person:linkedin:${request.linkedinUrl.trim().toLowerCase()}`;
  return null;
}
