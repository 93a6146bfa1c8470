import type { AgentName } from '../../domain/agents.js';
import type { Evidence } from '../../domain/evidence.js';
import type { AuditEvent, AuditOutcome } from '../../ports/audit-log.js';

/** Fields of an internal decision's audit event (SPEC §13: every action and decision is audited). */
export interface InternalDecision {
  agent: AgentName;
  action: string;
  leadId: string;
  outcome: AuditOutcome;
  inputSummary?: string | null;
  outputSummary?: string | null;
  reasonCode?: string | null;
  evidence?: readonly Evidence[];
  durationMs?: number;
}

/**
 * Builds the audit event for a decision that has no effect outside the process (scoring, drafting,
 * queueing). Summaries hold ids, tiers and rule names — never addresses — so no PII reaches the audit.
 */
export function internalAuditEvent(
  decision: InternalDecision,
  context: { at: Date; actor: string; runId: string },
): AuditEvent {
  return {
    at: context.at,
    agent: decision.agent,
    action: decision.action,
    target: `lead:${decision.leadId}`,
    actor: context.actor,
    inputSummary: decision.inputSummary ?? null,
    outputSummary: decision.outputSummary ?? null,
    approvalStatus: null,
    evidence: decision.evidence ?? [],
    durationMs: decision.durationMs ?? 0,
    outcome: decision.outcome,
    reasonCode: decision.reasonCode ?? null,
    idempotencyKey: null,
    runId: context.runId,
  };
}
