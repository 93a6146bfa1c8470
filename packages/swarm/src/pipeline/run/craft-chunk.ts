import type { AuditEvent } from '../../ports/audit-log.js';
import type { LeadProgress, StoredRejection } from '../../ports/pipeline-store.js';
import { createUnsubscribeToken, unsubscribeUrl } from '../../compliance/index.js';
import { craftFirstTouch } from '../craft/index.js';
import { freshSignals } from './fresh-signals.js';
import { internalAuditEvent } from './internal-audit.js';
import type { PipelineDependencies } from './pipeline-dependencies.js';
import { recordStageError, type StageMeter } from './stage-meter.js';
import type { WorkingLead } from './working-lead.js';

/** The list name in unsubscribe tokens for first-touch outreach (ARCHITECTURE.md "Unsubscribe links"). */
export const coldOutreachList = 'cold-outreach';

/** Rejection memory per lead, loaded once per chunk for the crafter (rotation) and the guard. */
export type RejectionsByLead = Map<string, StoredRejection[]>;

/**
 * CRAFTER over one chunk (SPEC §3.4): a first-touch draft per qualified lead that has no live draft
 * yet (so a re-run adds none), rotating away from angles previously rejected for the lead.
 */
export async function craftChunk(
  qualified: WorkingLead[],
  rejections: RejectionsByLead,
  dependencies: PipelineDependencies,
  meter: StageMeter,
  runId: string,
): Promise<WorkingLead[]> {
  const { store, clock, actor, angles, sender, bookingLink, unsubscribe, newId } = dependencies;
  const alreadyDrafted = await store.drafts.leadsWithLiveDraft(
    qualified.map((item) => item.lead.id),
    1,
  );
  const toCraft = qualified.filter((item) => !alreadyDrafted.has(item.lead.id));
  meter.input += toCraft.length;
  const now = clock.now();
  const crafted: WorkingLead[] = [];
  const progress: LeadProgress[] = [];
  const audit: AuditEvent[] = [];
  for (const item of toCraft) {
    try {
      const recipient = item.lead.email ?? item.lead.linkedinUrl ?? item.lead.id;
      const token = createUnsubscribeToken(unsubscribe.secret, recipient, coldOutreachList, { issuedAt: now });
      const previous = rejections.get(item.lead.id) ?? [];
      const proposal = craftFirstTouch(
        {
          lead: item.lead,
          company: item.company,
          score: { tier: item.score?.tier ?? null },
          signals: freshSignals(item.signals, now),
          evidence: item.evidence.filter((fact) => !fact.kind.startsWith('signal.')),
          sender,
          bookingLink,
          unsubscribeUrl: unsubscribeUrl(unsubscribe.baseUrl, token),
          previouslyRejected: {
            angleIds: previous.map((entry) => entry.angleId),
            reasons: previous.map((entry) => entry.reason),
          },
        },
        angles,
      );
      item.draft = {
        ...proposal,
        id: newId(),
        leadId: item.lead.id,
        runId,
        status: 'proposed',
        edited: { subjectA: null, subjectB: null, body: null },
        guard: { passed: false, mode: 'hard', violations: [] },
        createdAt: now,
      };
      crafted.push(item);
      meter.output += 1;
      progress.push({ id: item.lead.id, status: 'drafted' });
      audit.push(
        internalAuditEvent(
          {
            agent: 'CRAFTER',
            action: 'draft_email',
            leadId: item.lead.id,
            outcome: 'executed',
            outputSummary: `draft ${item.draft.id} angle ${proposal.angleId}`,
            evidence: proposal.evidence,
          },
          { at: now, actor, runId },
        ),
      );
    } catch (error) {
      recordStageError(meter, 1, error);
      progress.push({ id: item.lead.id, status: item.lead.status, lastError: `craft: ${(error as Error).message}` });
    }
  }
  await store.leads.recordProgress(progress);
  await store.audit.record(audit);
  return crafted;
}
