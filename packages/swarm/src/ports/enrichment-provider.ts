import type { CompanyProfile } from '../domain/company.js';
import type { IntentSignal } from '../domain/signal.js';

/** What we ask an enrichment provider about: one person at one company. */
export interface EnrichmentRequest {
  leadId: string;
  email: string | null;
  linkedinUrl: string | null;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  companyDomain: string | null;
  /**
   * Extra columns the lead carries verbatim (e.g. `source_company_id` = `yc:<id>` | `sp500:<symbol>`),
   * which local providers may use as exact join keys. Optional: vendor providers ignore it.
   */
  attributes?: Readonly<Record<string, string>>;
}

/** Person-level fields a provider may return. All optional: providers fill what they know. */
export interface PersonFacts {
  title?: string | null;
  seniority?: string | null;
  email?: string | null;
  phone?: string | null;
  linkedinUrl?: string | null;
  city?: string | null;
  state?: string | null;
  country?: string | null;
}

/**
 * A provider's answer. `found: false` means "asked, no data" — distinct from a thrown error, which
 * means "broken" (STYLE.md §4). `pending` is for asynchronous providers whose result arrives later
 * (BetterContact polling, Clay callback); `correlationId` ties the later result to the lead.
 */
export type EnrichmentAnswer =
  | {
      found: true;
      person: PersonFacts;
      company: Partial<CompanyProfile>;
      signals: readonly IntentSignal[];
      /** Credits this call consumed at the vendor (0 for local providers). */
      credits: number;
      /** Which request key produced the match (e.g. `source_company_id`, `domain`, `name`), for reports. */
      matchedBy?: string;
    }
  | { found: false; credits: number }
  | { found: 'pending'; correlationId: string; credits: number };

/**
 * One enrichment provider in the waterfall (SPEC §3.2). Implementations translate one vendor API
 * (or local data) into our terms; they never read the environment or touch the database, and they
 * throw (never return empty) when the vendor is broken.
 */
export interface EnrichmentProvider {
  /** Registry slug, e.g. `embedded`, `apollo`, `bettercontact`, `clay`. */
  readonly slug: string;
  /** Per-call timeout in ms (RES-2: default 10 000, Clay 30 000). */
  readonly timeoutMs?: number;
  enrich(request: EnrichmentRequest, signal: AbortSignal): Promise<EnrichmentAnswer>;
}
