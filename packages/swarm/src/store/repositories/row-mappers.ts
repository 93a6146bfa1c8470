import type { Selectable } from 'kysely';
import type { DraftStatus } from '../../domain/draft.js';
import type { Evidence } from '../../domain/evidence.js';
import type { Tier } from '../../domain/lead.js';
import type { ScoreComponents, ScoreResult } from '../../domain/score.js';
import type { ApprovalRecord, ApprovalStatus, DraftConversation, StoredDraft } from '../../ports/pipeline-store.js';
import type { ApprovalsTable, DraftsTable, ScoresTable } from '../schema.js';

/** Maps an `approvals` row to the port's record. */
export function approvalFromRow(row: Selectable<ApprovalsTable>): ApprovalRecord {
  return {
    id: row.id,
    draftId: row.draft_id,
    leadId: row.lead_id,
    agent: row.agent,
    action: row.action,
    approvalClass: row.approval_class,
    status: row.status as ApprovalStatus,
    contentHash: row.content_hash,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    reason: row.reason,
    dueAt: row.due_at,
    createdAt: row.created_at,
  };
}

/** Maps a `drafts` row to the port's stored draft. */
export function draftFromRow(row: Selectable<DraftsTable>): StoredDraft {
  return {
    id: row.id,
    leadId: row.lead_id,
    runId: row.run_id,
    sequenceStep: row.sequence_step,
    angleId: row.angle_id,
    status: row.status as DraftStatus,
    subjectA: row.subject_a,
    subjectB: row.subject_b,
    body: row.body,
    evidence: row.evidence as Evidence[],
    fingerprint: row.fingerprint,
    edited: { subjectA: row.edited_subject_a, subjectB: row.edited_subject_b, body: row.edited_body },
    guard: row.guard as StoredDraft['guard'],
    createdAt: row.created_at,
    ...(row.conversation ? { conversation: row.conversation as unknown as DraftConversation } : {}),
  };
}

/** Maps a `scores` row to the score result it recorded. */
export function scoreFromRow(row: Selectable<ScoresTable>): ScoreResult {
  return {
    score: row.score,
    tier: row.tier as Tier | null,
    components: row.components as unknown as ScoreComponents,
    multipliers: row.multipliers,
    intentScore: row.intent_score,
    reasons: row.reasons,
    disqualification: row.disqualification,
  };
}
