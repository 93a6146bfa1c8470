import type { CompanyProfile } from '../../domain/company.js';
import type { Evidence } from '../../domain/evidence.js';
import type { Lead, Tier } from '../../domain/lead.js';
import type { IntentSignal } from '../../domain/signal.js';

/** The sending identity every draft is signed with and whose postal address goes in the footer (EM-1). */
export interface SenderIdentity {
  name: string;
  title: string;
  company: string;
  /** One-line physical postal address (CAN-SPAM, SPEC §3.4). */
  postalAddress: string;
  /** Replaces the default sign-off `Best,\n{name}\n{title}, {company}`. */
  signature?: string;
}

/** The lead fields crafting reads. `updatedAt` dates facts derived from the lead/company record. */
export type CraftLead = Pick<
  Lead,
  | 'id'
  | 'firstName'
  | 'lastName'
  | 'title'
  | 'companyName'
  | 'industry'
  | 'employeeCount'
  | 'city'
  | 'source'
  | 'updatedAt'
>;

/** Earlier rejections of drafts for this lead (SPEC §3.4 rotation; reasons reach the template context). */
export interface PreviouslyRejected {
  angleIds: readonly string[];
  reasons: readonly string[];
}

/** Everything a first touch is written from. Pure data; no I/O happens while crafting. */
export interface CraftFirstTouchInput {
  lead: CraftLead;
  company: CompanyProfile;
  /** Only the tier is read; a lead without a tier (disqualified) cannot be crafted. */
  score: { tier: Tier | null };
  signals: readonly IntentSignal[];
  /** Facts gathered by enrichment/research; they win over facts derived from `company`/`signals`. */
  evidence: readonly Evidence[];
  sender: SenderIdentity;
  /** The sender's booking page, printed in every draft (SPEC §3.4). */
  bookingLink: string;
  /** `{base}/u/{token}` for this recipient (see `compliance/unsubscribe-token.ts`). */
  unsubscribeUrl: string;
  previouslyRejected?: PreviouslyRejected;
}

/** A follow-up is written from the same facts; `sequenceStep` overrides the template's default step. */
export interface CraftFollowUpInput extends Omit<CraftFirstTouchInput, 'score'> {
  score?: { tier: Tier | null };
  sequenceStep?: number;
}
