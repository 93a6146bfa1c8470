/**
 * Lead statuses (SPEC §4, 21 values). Terminal: bounced, unsubscribed, disqualified.
 */
export const leadStatuses = [
  'new',
  'enriched',
  'scored',
  'disqualified',
  'drafted',
  'pending_approval',
  'approved',
  'queued',
  'sent',
  'opened',
  'clicked',
  'replied',
  'meeting_booked',
  'not_interested',
  'ghosted',
  'stalled',
  'hesitant',
  'bounced',
  'unsubscribed',
  'revival_candidate',
  'revival_sent',
] as const;
export type LeadStatus = (typeof leadStatuses)[number];

export const terminalLeadStatuses: ReadonlySet<LeadStatus> = new Set(['bounced', 'unsubscribed', 'disqualified']);

/** ICP tiers (SPEC §3.3). `disqualified` is not a tier; a disqualified lead has tier `null`. */
export const tiers = ['tier_1', 'tier_2', 'tier_3'] as const;
export type Tier = (typeof tiers)[number];

/**
 * A lead as the discover stage produces it from one input record: normalised, validated, not yet
 * stored. Emails are lower-cased and trimmed; `email` is the resolved recipient
 * (work_email → verified_email → email, SPEC §3.1).
 */
export interface LeadCandidate {
  /** 1-based data-record number in the source file (the header is not counted). */
  rowNumber: number;
  firstName: string | null;
  lastName: string | null;
  title: string | null;
  seniority: string | null;
  email: string | null;
  /** Canonical dedup key: the lower-cased email with plus-tag kept (SPEC §3.1); null without email. */
  emailKey: string | null;
  linkedinUrl: string | null;
  phone: string | null;
  companyName: string | null;
  /** Apex-or-host domain, lower-case, no scheme, no `www.`; derived from domain, website or email. */
  companyDomain: string | null;
  industry: string | null;
  employeeCount: number | null;
  city: string | null;
  state: string | null;
  country: string | null;
  /** Where the lead came from, e.g. `csv:leads.csv`. */
  source: string;
  /** Columns we do not map, kept verbatim under their original header. */
  attributes: Readonly<Record<string, string>>;
}

/** A stored lead. */
export interface Lead extends Omit<LeadCandidate, 'rowNumber'> {
  id: string;
  status: LeadStatus;
  tier: Tier | null;
  score: number | null;
  /** The rule that disqualified the lead (e.g. `role_account`), or null. */
  disqualificationRule: string | null;
  /** Why the lead is stuck at its last good stage, if a stage failed for it. */
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The dedup key of a lead: canonical email, else LinkedIn URL (SPEC §3.1). */
export function leadDedupKey(lead: Pick<LeadCandidate, 'emailKey' | 'linkedinUrl'>): string | null {
  if (lead.emailKey) return `email:${lead.emailKey}`;
  if (lead.linkedinUrl) return `linkedin:${lead.linkedinUrl.toLowerCase()}`;
  return null;
}

/** A first name safe to greet with: never empty (SPEC §3.3 "a draft never renders a greeting with an empty name"). */
export function greetingName(lead: Pick<LeadCandidate, 'firstName'>): string {
  const trimmed = lead.firstName?.trim();
  return trimmed ? trimmed : 'there';
}
