import type { CompanyProfile } from '../../domain/company.js';
import type { IntentSignal } from '../../domain/signal.js';
import type { PersonFacts } from '../../ports/enrichment-provider.js';

/** A field the waterfall can be asked to fill, e.g. `company.industry` or `person.title`. */
export type EnrichmentField = `company.${keyof CompanyProfile}` | `person.${keyof PersonFacts}`;

/** Default fields the waterfall looks for before it stops: what ICP scoring weighs most (SPEC §3.3). */
export const defaultNeededFields: readonly EnrichmentField[] = ['company.industry', 'company.employeeCount'];

/** What one provider call produced. */
export type EnrichmentAttemptResult =
  'hit' | 'miss' | 'pending' | 'timeout' | 'rate_limited' | 'circuit_open' | 'error';

/** One provider call (or breaker skip) for one lead, for the run report. */
export interface EnrichmentAttempt {
  provider: string;
  result: EnrichmentAttemptResult;
  /** Wall time of the call in ms (0 for a breaker skip). */
  latencyMs: number;
  credits: number;
  /** Which key matched (provider-defined, e.g. `domain`), on hits. */
  matchedBy?: string;
  /** Async providers: ties the later result to the lead. */
  correlationId?: string;
  /** The error code and message, on failures. */
  errorCode?: string;
  error?: string;
}

/**
 * The waterfall's answer for one lead (SPEC §3.2). The lead always continues: when no provider
 * had data (all failed, open, or missed), `provider` is null and `skippedReason` says why.
 */
export interface EnrichmentOutcome {
  /** Slug of the first provider that returned data (or that the cached data came from); null when none. */
  provider: string | null;
  /** Merged company profile: earlier providers win, later ones fill gaps. */
  company: CompanyProfile;
  person: PersonFacts;
  signals: readonly IntentSignal[];
  attempts: readonly EnrichmentAttempt[];
  /** True when no provider was called because the cache had everything needed. */
  fromCache: boolean;
  /** Set when an asynchronous provider accepted the request; its result arrives later. */
  pending?: { provider: string; correlationId: string };
  /** Needed fields still empty after the waterfall. */
  missingFields: readonly EnrichmentField[];
  skippedReason?: string;
}
