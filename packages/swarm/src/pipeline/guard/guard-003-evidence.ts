import type { DraftProposal } from '../../domain/draft.js';

/**
 * Evidence kinds that do not count as personalisation for GUARD-003: anyone can greet a person by
 * name and title at a named company.
 */
export const nonPersonalisingKinds: ReadonlySet<string> = new Set([
  'lead.firstName',
  'lead.lastName',
  'lead.name',
  'lead.title',
  'lead.email',
  'company.name',
]);

/**
 * GUARD-003 "sufficient evidence": at least `minEvidence` distinct evidence kinds outside
 * {@link nonPersonalisingKinds}. Returns the count found.
 */
export function personalisationEvidenceCount(draft: DraftProposal): number {
  return new Set(draft.evidence.filter((item) => !nonPersonalisingKinds.has(item.kind)).map((item) => item.kind)).size;
}
