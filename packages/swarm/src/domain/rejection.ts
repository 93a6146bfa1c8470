import type { Evidence } from './evidence.js';

/**
 * One remembered rejection of a draft for a lead (SPEC §3.5 rejection memory; kept 30 days by
 * default). The quality guard reads these; entries older than the memory window are ignored.
 */
export interface RejectionMemoryEntry {
  leadId: string;
  /** Fingerprint of the rejected draft (SHA-256 hex, see `draftFingerprint`). */
  draftFingerprint: string;
  angleId: string;
  /** The reviewer's reason, as typed. */
  reason: string;
  rejectedAt: Date;
  /** The evidence the rejected draft relied on; GUARD-001 asks whether the new draft has anything beyond it. */
  evidence: readonly Evidence[];
}
