/** Company lifecycle as enrichment sources report it; inactive and acquired disqualify (SPEC §3.3). */
export type CompanyStatus = 'active' | 'inactive' | 'acquired' | 'public' | 'unknown';

/** What we know about a company, merged from the CSV row and enrichment providers. */
export interface CompanyProfile {
  /** Lower-case host without scheme or `www.`; the company's identity when known. */
  domain: string | null;
  name: string | null;
  industry: string | null;
  subIndustry: string | null;
  tags: readonly string[];
  employeeCount: number | null;
  city: string | null;
  region: string | null;
  country: string | null;
  status: CompanyStatus;
  /** One-line description, used as personalisation evidence. */
  description: string | null;
}

export function emptyCompanyProfile(): CompanyProfile {
  return {
    domain: null,
    name: null,
    industry: null,
    subIndustry: null,
    tags: [],
    employeeCount: null,
    city: null,
    region: null,
    country: null,
    status: 'unknown',
    description: null,
  };
}
