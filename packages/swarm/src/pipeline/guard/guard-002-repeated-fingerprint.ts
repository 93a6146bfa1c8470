import type { DraftProposal } from '../../domain/draft.js';
import type { RejectionMemoryEntry } from '../../domain/rejection.js';
import type { GuardViolation } from './guard-types.js';

/** GUARD-002: the draft's fingerprint equals that of a rejected draft still in memory. */
export function checkRepeatedFingerprint(
  draft: DraftProposal,
  active: readonly RejectionMemoryEntry[],
): GuardViolation | null {
  const match = active.find((entry) => entry.draftFingerprint === draft.fingerprint);
  if (!match) return null;
  return {
    rule: 'GUARD-002',
    message: `Same text as the draft rejected on ${match.rejectedAt.toISOString()} ("${match.reason}"); write a different angle.`,
  };
}
