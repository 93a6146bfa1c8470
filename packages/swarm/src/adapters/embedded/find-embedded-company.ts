import type { EnrichmentRequest } from '../../ports/enrichment-provider.js';
import { companyDomainKeys } from './company-domain-keys.js';
import type { EmbeddedCompanyData, EmbeddedCompanyRecord } from './embedded-company-data.js';
import { normaliseCompanyName } from './normalise-company-name.js';

/** Which request key found the company, strongest first. */
export type EmbeddedMatchKey = 'source_company_id' | 'domain' | 'apex_domain' | 'name';

/** A match and the key that produced it. */
export interface EmbeddedMatch {
  record: EmbeddedCompanyRecord;
  matchedBy: EmbeddedMatchKey;
}

const sourceIdAttribute = 'sourcecompanyid';

function sourceCompanyId(attributes: Readonly<Record<string, string>> | undefined): string | null {
  if (!attributes) return null;
  for (const [key, value] of Object.entries(attributes)) {
    // Attributes keep the original CSV header, so accept `source_company_id`, `Source Company ID`…
    if (key.toLowerCase().replace(/[^a-z0-9]/g, '') === sourceIdAttribute && value.trim())
      return value.trim().toLowerCase();
  }
  return null;
}

/** The single candidate, or the single one whose name matches; null when still ambiguous. */
function pick(
  candidates: readonly EmbeddedCompanyRecord[] | undefined,
  companyName: string | null,
): EmbeddedCompanyRecord | null {
  if (!candidates || candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0] ?? null;
  const nameKey = companyName ? normaliseCompanyName(companyName) : '';
  const named = candidates.filter(
    (candidate) => candidate.company.name && normaliseCompanyName(candidate.company.name) === nameKey,
  );
  return named.length === 1 ? (named[0] ?? null) : null;
}

/**
 * Finds the company a lead works at, by (1) `source_company_id` attribute (`yc:<id>`,
 * `sp500:<symbol>`), (2) the company domain (www-stripped host), (3) its registrable apex,
 * (4) the normalised company name — only when exactly one company has that name (76 YC names
 * are shared, e.g. "Apollo" ×3). Shared domains resolve by name or not at all.
 */
export function findEmbeddedCompany(data: EmbeddedCompanyData, request: EnrichmentRequest): EmbeddedMatch | null {
  const id = sourceCompanyId(request.attributes);
  const byId = id
    ? data.byId.get(id.replace(/^sp500:(.*)$/, (_all, symbol: string) => `sp500:${symbol.toUpperCase()}`))
    : undefined;
  if (byId) return { record: byId, matchedBy: 'source_company_id' };
  if (request.companyDomain) {
    const { host, apex } = companyDomainKeys(request.companyDomain);
    const exact = host ? pick(data.byHost.get(host), request.companyName) : null;
    if (exact) return { record: exact, matchedBy: 'domain' };
    // The lead may name a subdomain of the company's site, or the company's site may be a subdomain.
    const viaApex =
      (apex ? pick(data.byHost.get(apex), request.companyName) : null) ??
      pick(data.byApex.get(apex ?? host), request.companyName);
    if (viaApex) return { record: viaApex, matchedBy: 'apex_domain' };
  }
  const nameKey = request.companyName ? normaliseCompanyName(request.companyName) : '';
  const named = nameKey ? data.byName.get(nameKey) : undefined;
  if (named?.length === 1 && named[0]) return { record: named[0], matchedBy: 'name' };
  return null;
}
