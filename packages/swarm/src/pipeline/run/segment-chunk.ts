import type { AuditEvent } from '../../ports/audit-log.js';
import type { LeadProgress, ScoreRecord } from '../../ports/pipeline-store.js';
import { scoreLead } from '../segment/index.js';
import { internalAuditEvent } from './internal-audit.js';
import type { PipelineDependencies } from './pipeline-dependencies.js';
import { recordStageError, type StageMeter } from './stage-meter.js';
import type { WorkingLead } from './working-lead.js';

/**
 * SEGMENTOR over one chunk (SPEC §3.3): scores every lead, disqualifies with the rule named, and
 * returns the leads that qualified for a tier.
 */
export async function segmentChunk(
  working: WorkingLead[],
  dependencies: PipelineDependencies,
  meter: StageMeter,
  runId: string,
): Promise<WorkingLead[]> {
  const { store, icp, clock, actor } = dependencies;
  meter.input += working.length;
  const now = clock.now();
  const suppressed = await store.suppression.suppressedAmong(
    working.map((item) => item.lead.emailKey).filter((key): key is string => key !== null),
  );
  const scores: ScoreRecord[] = [];
  const progress: LeadProgress[] = [];
  const audit: AuditEvent[] = [];
  const qualified: WorkingLead[] = [];
  for (const item of working) {
    try {
      const result = scoreLead({ lead: item.lead, company: item.company, signals: item.signals }, icp, {
        now,
        suppressedEmails: suppressed,
      });
      item.score = result;
      scores.push({ leadId: item.lead.id, runId, result, scoredAt: now });
      const rule = result.disqualification?.rule ?? null;
      progress.push({
        id: item.lead.id,
        status: rule ? 'disqualified' : 'scored',
        tier: result.tier,
        score: result.score,
        disqualificationRule: rule,
        lastError: null,
      });
      audit.push(
        internalAuditEvent(
          {
            agent: 'SEGMENTOR',
            action: rule ? 'disqualify_lead' : 'score_lead',
            leadId: item.lead.id,
            outcome: 'decided',
            outputSummary: rule
              ? `disqualified: ${rule} (score ${result.score})`
              : `${result.tier} (score ${result.score})`,
            reasonCode: rule,
          },
          { at: now, actor, runId },
        ),
      );
      meter.output += 1;
      if (!rule) qualified.push(item);
    } catch (error) {
      recordStageError(meter, 1, error);
      progress.push({ id: item.lead.id, status: item.lead.status, lastError: `segment: ${(error as Error).message}` });
    }
  }
  await store.scores.recordMany(scores);
  await store.leads.recordProgress(progress);
  await store.audit.record(audit);
  return qualified;
}
