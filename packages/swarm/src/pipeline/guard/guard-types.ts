import type { RejectionMemoryEntry } from '../../domain/rejection.js';

/** The quality-guard rules of SPEC §3.5. */
export type GuardRuleId = 'GUARD-001' | 'GUARD-002' | 'GUARD-003' | 'GUARD-004' | 'GUARD-005';

/** One broken rule, with a message a reviewer can act on. */
export interface GuardViolation {
  rule: GuardRuleId;
  message: string;
}

/**
 * The guard's verdict. In `hard` mode `passed` is false when any rule is violated; in `soft` mode
 * violations are recorded but `passed` stays true (SPEC §3.5 "record only").
 */
export interface GuardResult {
  passed: boolean;
  mode: 'soft' | 'hard';
  violations: GuardViolation[];
  /**
   * True when personalisation evidence is thin but fewer than two enrichment attempts were made:
   * the caller should run the second enrichment and guard again (GUARD-003 only blocks after it).
   */
  needsEnrichment: boolean;
}

/** What the guard knows about the lead besides the draft. */
export interface GuardContext {
  leadId: string;
  /** The lead's rejection memory; entries older than the memory window (or for other leads) are ignored. */
  rejections: readonly RejectionMemoryEntry[];
  /** Enrichment attempts made for this lead so far (GUARD-003 blocks only after 2). */
  enrichmentAttempts: number;
  /** The current instant (UTC); the guard never reads the clock itself. */
  now: Date;
}

/** Guard settings (SPEC §3.5); defaults in `defaultGuardConfig`. */
export interface GuardConfig {
  mode: 'soft' | 'hard';
  /** GUARD-001 fires when active rejections are MORE than this. Default 3. */
  maxRejections: number;
  /** Rejection memory window in days. Default 30. */
  rejectionMemoryDays: number;
  /** GUARD-004 phrases, matched case-insensitively as whole words anywhere in the opener sentence. */
  bannedOpeners: readonly string[];
  /** GUARD-005 phrases, matched case-insensitively as whole words within each sentence. */
  genericPhrases: readonly string[];
  /** GUARD-005 fires when the share of sentences with a generic phrase is MORE than this (0–1). Default 0.4. */
  genericPhraseShare: number;
  /** GUARD-003: evidence kinds needed beyond the lead's name/title and the company name. Default 2. */
  minEvidence: number;
}
