import type { Evidence } from './evidence.js';

/** Draft lifecycle (SPEC §4). */
export type DraftStatus = 'proposed' | 'pending_approval' | 'approved' | 'rejected' | 'expired' | 'sent';

/** A rendered message proposal for one lead and one cadence step. */
export interface DraftProposal {
  /** Cadence step; 1 is the first touch. */
  sequenceStep: number;
  /** Angle id from the angle library, e.g. `t1-ops-efficiency`. */
  angleId: string;
  subjectA: string;
  subjectB: string;
  /** Plain-text body including signature, booking link and CAN-SPAM footer. */
  body: string;
  evidence: readonly Evidence[];
  /** SHA-256 hex of the normalised subject+body (SPEC §3.4). */
  fingerprint: string;
}
