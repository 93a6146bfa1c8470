import { createHash } from 'node:crypto';
import { normaliseLinkedinUrl } from '../discover/index.js';

/**
 * The correlation id of an asynchronous enrichment keyed by LinkedIn profile (SPEC §3.2: the Clay
 * result "is correlated to the lead by a hash of the LinkedIn URL"): `li_` + SHA-256 hex of the URL
 * normalised as in discover (no query, fragment or trailing slash) and lower-cased, so
 * `https://www.linkedin.com/in/Ada/?trk=x` and `https://www.linkedin.com/in/ada` correlate. The hash
 * keeps the raw URL (personal data) out of vendor round-trips and logs (PII-2).
 *
 * @returns `null` for a missing or blank URL.
 */
export function linkedinUrlCorrelationId(linkedinUrl: string | null | undefined): string | null {
  const normalised = normaliseLinkedinUrl(linkedinUrl ?? null);
  if (normalised === null) return null;
  return `li_${createHash('sha256').update(normalised.toLowerCase()).digest('hex')}`;
}
