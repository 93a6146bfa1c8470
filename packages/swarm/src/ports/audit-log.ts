import type { AgentName } from '../domain/agents.js';
import type { Evidence } from '../domain/evidence.js';

/** Outcome of an audited action or decision (SPEC §13). */
export type AuditOutcome = 'executed' | 'shadowed' | 'parked' | 'refused' | 'failed' | 'duplicate' | 'decided';

/**
 * One audit event (SPEC §13): who did what to which target, with PII-redacted summaries, approval
 * status, grounding evidence, duration and outcome. `reasonCode` is set on refusals and failures.
 */
export interface AuditEvent {
  at: Date;
  agent: AgentName;
  action: string;
  target: string | null;
  /** Who caused it: `system`, a CLI user, or an API token's name (AUTH, SPEC §14). */
  actor: string;
  inputSummary: string | null;
  outputSummary: string | null;
  approvalStatus: string | null;
  evidence: readonly Evidence[];
  durationMs: number;
  outcome: AuditOutcome;
  reasonCode: string | null;
  idempotencyKey: string | null;
  runId: string | null;
}

/** Filter for reading the audit trail. */
export interface AuditQuery {
  agent?: string;
  action?: string;
  since?: Date;
  limit: number;
  /** Opaque keyset cursor from a previous page. */
  cursor?: string;
}

/** Where audit events go. Summaries must already be PII-redacted (PII-2). */
export interface AuditLog {
  record(events: readonly AuditEvent[]): Promise<void>;
  query(
    filter: AuditQuery,
  ): Promise<{ items: (AuditEvent & { id: number })[]; total: number; nextCursor: string | null }>;
}
