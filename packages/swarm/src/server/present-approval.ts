import { draftContentHash } from '../pipeline/approval/index.js';
import type { ApprovalQueueEntry } from '../ports/approval-desk-store.js';
import type { StoredDraft } from '../ports/pipeline-store.js';

/** A draft as the API shows it: the content to review (edited version when present) and the proposal. */
export function presentDraft(draft: StoredDraft) {
  const edited = draft.edited.subjectA !== null || draft.edited.subjectB !== null || draft.edited.body !== null;
  return {
    id: draft.id,
    status: draft.status,
    sequenceStep: draft.sequenceStep,
    angleId: draft.angleId,
    subjectA: draft.edited.subjectA ?? draft.subjectA,
    subjectB: draft.edited.subjectB ?? draft.subjectB,
    body: draft.edited.body ?? draft.body,
    edited,
    proposed: { subjectA: draft.subjectA, subjectB: draft.subjectB, body: draft.body },
    contentHash: draftContentHash(draft),
    createdAt: draft.createdAt.toISOString(),
  };
}

/**
 * One approval queue item (SPEC §14): `{ id, draftId, status, lead, draft, score, evidence, guards }`
 * plus decision metadata. `score` carries the components and reasons ("why this score").
 */
export function presentApproval(entry: ApprovalQueueEntry) {
  const { approval, lead, draft, score } = entry;
  return {
    id: approval.id,
    draftId: approval.draftId,
    status: approval.status,
    action: approval.action,
    approvalClass: approval.approvalClass,
    contentHash: approval.contentHash,
    createdAt: approval.createdAt.toISOString(),
    dueAt: approval.dueAt.toISOString(),
    decidedBy: approval.decidedBy,
    decidedAt: approval.decidedAt?.toISOString() ?? null,
    reason: approval.reason,
    lead: {
      id: lead.id,
      firstName: lead.firstName,
      lastName: lead.lastName,
      title: lead.title,
      email: lead.email,
      companyName: lead.companyName,
      companyDomain: lead.companyDomain,
      industry: lead.industry,
      status: lead.status,
      tier: lead.tier,
      score: lead.score,
    },
    draft: presentDraft(draft),
    score: score
      ? {
          score: score.score,
          tier: score.tier,
          intentScore: score.intentScore,
          components: score.components,
          multipliers: score.multipliers,
          reasons: score.reasons,
          disqualification: score.disqualification,
        }
      : null,
    evidence: draft.evidence,
    guards: draft.guard,
  };
}
