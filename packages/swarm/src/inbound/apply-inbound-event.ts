import type { InboundEvent } from '../domain/inbound-event.js';
import type { AuditLog } from '../ports/audit-log.js';
import type { Clock } from '../ports/clock.js';

/** Applies one normalised event to the lead (SPEC §4 status machine). Must be idempotent per `providerEventId`. */
export type ApplyInboundEvent = (event: InboundEvent) => Promise<void>;

/**
 * The interim {@link ApplyInboundEvent}: records the event in the audit trail (SPEC §13) as
 * `SCOUT inbound_event` with target `<source>:<providerEventId>` and the kind as summary — no
 * email or LinkedIn URL (PII-2). Applying events to lead status belongs to the status-machine
 * work (`src/signals/`); the composition root swaps this for that slice's function when it lands.
 */
export function createAuditingApplyInboundEvent(dependencies: { audit: AuditLog; clock: Clock }): ApplyInboundEvent {
  return async (event) => {
    await dependencies.audit.record([
      {
        at: dependencies.clock.now(),
        agent: 'SCOUT',
        action: 'inbound_event',
        target: `${event.source}:${event.providerEventId}`,
        actor: `webhook:${event.source}`,
        inputSummary: event.kind,
        outputSummary: `occurred ${event.occurredAt}`,
        approvalStatus: null,
        evidence: [],
        durationMs: 0,
        outcome: 'executed',
        reasonCode: null,
        idempotencyKey: `inbound:${event.source}:${event.providerEventId}:${event.kind}`,
        runId: null,
      },
    ]);
  };
}
