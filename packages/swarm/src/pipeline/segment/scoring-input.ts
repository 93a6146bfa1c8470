import type { CompanyProfile } from '../../domain/company.js';
import type { IntentSignal } from '../../domain/signal.js';

/**
 * The lead fields scoring reads: a subset of `LeadCandidate`, so a candidate or a stored `Lead` can be
 * passed as is. Every field may be missing (null-safe, SPEC §3.3).
 */
export interface ScoringLead {
  email?: string | null;
  title?: string | null;
  seniority?: string | null;
  industry?: string | null;
  employeeCount?: number | null;
  city?: string | null;
  state?: string | null;
  country?: string | null;
  linkedinUrl?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  companyName?: string | null;
  companyDomain?: string | null;
}

/** One lead to score with what enrichment and SCOUT know about its company. */
export interface ScoreLeadInput {
  lead: ScoringLead;
  /**
   * Company facts. Industry matching reads the lead's industry and the company's industry, sub-industry
   * and tags; the company's employee count wins over the lead's; the lead's country/state win over the
   * company's.
   */
  company?: Partial<CompanyProfile> | null;
  signals?: readonly IntentSignal[];
  /** Social-engagement bonus in intent points (0–100 scale), added to the intent score before its cap. */
  socialEngagementBonus?: number;
}

/** Run-wide facts scoring needs but does not own. */
export interface ScoringContext {
  /** "Now" for signal recency; never read from the system clock in logic. */
  now: Date;
  /** Canonical (lower-cased, trimmed) suppressed addresses; a match disqualifies with `suppressed`. */
  suppressedEmails: ReadonlySet<string>;
}

/** Points one component earned (before multipliers) and the reason line shown to a reviewer. */
export interface ComponentScore {
  points: number;
  reason: string;
}
