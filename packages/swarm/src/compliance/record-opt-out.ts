import { redactPii } from '../defence/index.js';
import type { AuditEvent } from '../ports/audit-log.js';
import type { OptOutSource } from '../ports/compliance-store.js';
import { canonicalEmail } from './canonical-email.js';
import type { ComplianceDependencies } from './compliance-dependencies.js';

/** One opt-out signal (EM-4): who, through which channel, and a short reason for the audit trail. */
export interface OptOutRequest {
  address: string;
  source: OptOutSource;
  /** Why, e.g. `List-Unsubscribe=One-Click`, `reply intent: stop`; PII is redacted before it is audited. */
  reason: string;
  /** Who recorded it; default `system`. */
  actor?: string;
}

/** What the opt-out changed. */
export interface OptOutOutcome {
  /** The canonical address now on the suppression list. */
  emailKey: string;
  /** Leads moved to the terminal `unsubscribed` status. */
  leadIds: string[];
  /** False when the address was already suppressed (the call is idempotent). */
  newlySuppressed: boolean;
}

/**
 * Records an opt-out from any source (specs/security.md EM-4, GDPR-3, SPEC §15) within the calling
 * request: adds the address to the global suppression list (salted hash; every campaign and
 * channel), moves the person's leads to `unsubscribed` (terminal, so the pipeline skips them),
 * stores the domain event `opt-out-received {address, source}` and audits it with the address
 * redacted (PII-2). Idempotent: repeating it leaves one suppression entry.
 *
 * @throws CaioError `input_invalid` when `address` is not an email address.
 */
export async function recordOptOut(
  dependencies: ComplianceDependencies,
  request: OptOutRequest,
): Promise<OptOutOutcome> {
  const emailKey = canonicalEmail(request.address);
  const at = dependencies.clock.now();
  const effect = await dependencies.compliance.applyOptOut({
    emailKey,
    source: request.source,
    reason: request.reason.slice(0, 200),
    at,
  });
  const targets = effect.leadIds.length > 0 ? effect.leadIds.map((id) => `lead:${id}`) : ['suppression-list'];
  const events: AuditEvent[] = targets.map((target) => ({
    at,
    agent: 'OPERATOR',
    action: 'record_opt_out',
    target,
    actor: request.actor ?? 'system',
    inputSummary: redactPii(`${request.source}: ${request.reason.slice(0, 200)} (${emailKey})`),
    outputSummary: effect.newlySuppressed ? 'suppressed' : 'already suppressed',
    approvalStatus: null,
    evidence: [],
    durationMs: 0,
    outcome: 'executed',
    reasonCode: null,
    idempotencyKey: null,
    runId: null,
  }));
  await dependencies.audit.record(events);
  return { emailKey, leadIds: effect.leadIds, newlySuppressed: effect.newlySuppressed };
}
