import { createHash } from 'node:crypto';
import type { AuditEvent } from '../../ports/audit-log.js';
import type { ApprovalRecord, LeadProgress, StoredDraft } from '../../ports/pipeline-store.js';
import { runQualityGuard } from '../guard/index.js';
import type { RejectionsByLead } from './craft-chunk.js';
import { internalAuditEvent } from './internal-audit.js';
import type { PipelineDependencies } from './pipeline-dependencies.js';
import { recordStageError, type StageMeter } from './stage-meter.js';
import type { WorkingLead } from './working-lead.js';

/**
 * SHA-256 of the exact content a human approves (subjects and body, edited version when present).
 * An approval binds to it; any later edit needs re-approval.
 */
export function draftContentHash(
  draft: Pick<StoredDraft, 'subjectA' | 'subjectB' | 'body' | 'edited' | 'conversation'>,
): string {
  const subjectA = draft.edited.subjectA ?? draft.subjectA;
  const subjectB = draft.edited.subjectB ?? draft.subjectB;
  const body = draft.edited.body ?? draft.body;
  // A conversation message's extra headers and calendar part are approved too (an invite's time and
  // attendees live in the calendar part); cadence drafts hash as they always did. Canonical order:
  // the store (jsonb) does not keep key order.
  const conversation = draft.conversation;
  const carried = conversation
    ? `\n${JSON.stringify([
        Object.entries(conversation.headers).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)),
        conversation.calendar ? [conversation.calendar.method, conversation.calendar.content] : null,
      ])}`
    : '';
  return createHash('sha256').update(`${subjectA}\n${subjectB}\n${body}${carried}`).digest('hex');
}

/** Counts the approve stage reports besides its meter. */
export interface ApproveTally {
  blocked: number;
  blockedByRule: Map<string, number>;
  queuedForApproval: number;
}

/**
 * GATEKEEPER over one chunk: the quality guard (GUARD-001..005, SPEC §3.5) and then the approval queue
 * (SPEC §3.6). Blocked drafts are stored with their violations, never lost. Returns the drafts queued
 * for approval.
 */
export async function approveChunk(
  crafted: WorkingLead[],
  rejections: RejectionsByLead,
  dependencies: PipelineDependencies,
  meter: StageMeter,
  tally: ApproveTally,
  runId: string,
  secondEnrichment: (item: WorkingLead) => Promise<void>,
): Promise<WorkingLead[]> {
  const { store, clock, actor, guard, newId, approvalTimeoutMinutes } = dependencies;
  meter.input += crafted.length;
  const now = clock.now();
  const queued: WorkingLead[] = [];
  const approvals: ApprovalRecord[] = [];
  const progress: LeadProgress[] = [];
  const audit: AuditEvent[] = [];
  for (const item of crafted) {
    try {
      const check = () =>
        runQualityGuard(
          item.draft as StoredDraft,
          {
            leadId: item.lead.id,
            rejections: rejections.get(item.lead.id) ?? [],
            enrichmentAttempts: item.enrichmentAttempts,
            now,
          },
          guard,
        );
      let verdict = check();
      // GUARD-003 blocks only after a second enrichment attempt: make it, re-draft, and judge again.
      if (verdict.needsEnrichment) {
        await secondEnrichment(item);
        verdict = check();
      }
      const draft = item.draft as StoredDraft;
      draft.guard = { passed: verdict.passed, mode: verdict.mode, violations: verdict.violations };
      if (!verdict.passed) {
        tally.blocked += 1;
        for (const violation of verdict.violations)
          tally.blockedByRule.set(violation.rule, (tally.blockedByRule.get(violation.rule) ?? 0) + 1);
        progress.push({
          id: item.lead.id,
          status: 'drafted',
          lastError: `blocked by ${verdict.violations.map((violation) => violation.rule).join(', ')}`,
        });
        audit.push(
          internalAuditEvent(
            {
              agent: 'GATEKEEPER',
              action: 'request_approval',
              leadId: item.lead.id,
              outcome: 'refused',
              reasonCode: verdict.violations[0]?.rule ?? 'guard',
              outputSummary: verdict.violations
                .map((violation) => `${violation.rule}: ${violation.message}`)
                .join('; '),
            },
            { at: now, actor, runId },
          ),
        );
        continue;
      }
      draft.status = 'pending_approval';
      approvals.push({
        id: newId(),
        draftId: draft.id,
        leadId: item.lead.id,
        agent: 'OPERATOR',
        action: 'send_email',
        approvalClass: 'ALWAYS',
        status: 'pending',
        contentHash: draftContentHash(draft),
        decidedBy: null,
        decidedAt: null,
        reason: null,
        dueAt: new Date(now.getTime() + approvalTimeoutMinutes * 60_000),
        createdAt: now,
      });
      progress.push({ id: item.lead.id, status: 'pending_approval' });
      audit.push(
        internalAuditEvent(
          {
            agent: 'GATEKEEPER',
            action: 'request_approval',
            leadId: item.lead.id,
            outcome: 'parked',
            outputSummary: `draft ${draft.id} queued for approval (ALWAYS: first touch)`,
          },
          { at: now, actor, runId },
        ),
      );
      queued.push(item);
      meter.output += 1;
      tally.queuedForApproval += 1;
    } catch (error) {
      recordStageError(meter, 1, error);
      progress.push({ id: item.lead.id, status: 'drafted', lastError: `approve: ${(error as Error).message}` });
    }
  }
  // Drafts (blocked ones too) and their approvals are written together, so a crash never leaves an orphan.
  await store.transaction(async (repositories) => {
    await repositories.drafts.insertMany(crafted.map((item) => item.draft as StoredDraft));
    await repositories.approvals.insertMany(approvals);
  });
  await store.leads.recordProgress(progress);
  await store.audit.record(audit);
  return queued;
}
