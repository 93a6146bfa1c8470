import type { DraftProposal } from '../../domain/draft.js';
import type { RejectionMemoryEntry } from '../../domain/rejection.js';
import type { GuardConfig, GuardViolation } from './guard-types.js';

const evidenceKey = (kind: string, value: string) => `${kind}\u0000${value.trim().toLowerCase()}`;

/**
 * GUARD-001: more than `maxRejections` active rejections and no new evidence. Evidence is new when
 * the draft holds a (kind, value) pair that none of the active rejected drafts relied on.
 */
export function checkRejectionLimit(
  draft: DraftProposal,
  active: readonly RejectionMemoryEntry[],
  config: GuardConfig,
): GuardViolation | null {
  if (active.length <= config.maxRejections) return null;
  const seen = new Set(active.flatMap((entry) => entry.evidence.map((item) => evidenceKey(item.kind, item.value))));
  const hasNew = draft.evidence.some((item) => !seen.has(evidenceKey(item.kind, item.value)));
  if (hasNew) return null;
  return {
    rule: 'GUARD-001',
    message: `Lead rejected ${active.length} times in the memory window (max ${config.maxRejections}) and this draft has no new evidence; enrich the lead or drop it.`,
  };
}
