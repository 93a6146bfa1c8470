import { redactPii } from '../defence/index.js';
import type { AuditLog } from '../ports/audit-log.js';
import type { Clock } from '../ports/clock.js';
import type { LeadRepository } from '../ports/pipeline-store.js';
import type { ApplyInboundEvent } from './apply-inbound-event.js';
import { discoverRb2bVisitor } from './discover-rb2b-visitor.js';

/** What {@link createRb2bDiscovery} needs. */
export interface Rb2bDiscoveryDependencies {
  leads: Pick<LeadRepository, 'upsertMany'>;
  audit: AuditLog;
  clock: Clock;
}

/**
 * Wraps the inbound-event hook so RB2B website visitors become leads through the discover stage
 * (SPEC §3.1, §4) before the visit is applied: a valid visitor is upserted (dedupe by canonical email,
 * else LinkedIn URL — a returning visitor updates, never duplicates), then `next` applies the
 * `website_visit` to that lead. A visitor the discover stage rejects is recorded in the audit trail as
 * `refused` with reason code `rb2b_visitor_rejected` and the stage's reason, PII-redacted (PII-2), in
 * `outputSummary`, and is not applied. Other events
 * pass straight to `next`. Idempotent per event: re-upserting the same visitor changes nothing.
 */
export function createRb2bDiscovery(
  dependencies: Rb2bDiscoveryDependencies,
  next: ApplyInboundEvent,
): ApplyInboundEvent {
  return async (event) => {
    if (event.kind !== 'website_visit' || event.source !== 'rb2b') return next(event);
    const discovery = await discoverRb2bVisitor(event);
    if (discovery.outcome === 'candidate') {
      await dependencies.leads.upsertMany([discovery.candidate]);
      return next(event);
    }
    await dependencies.audit.record([
      {
        at: dependencies.clock.now(),
        agent: 'SCOUT',
        action: 'rb2b_visitor_discover',
        target: `rb2b:${event.providerEventId}`,
        actor: 'webhook:rb2b',
        inputSummary: 'website_visit',
        outputSummary: redactPii(discovery.reason),
        approvalStatus: null,
        evidence: [],
        durationMs: 0,
        outcome: 'refused',
        reasonCode: 'rb2b_visitor_rejected',
        idempotencyKey: `rb2b-discover:${event.providerEventId}`,
        runId: null,
      },
    ]);
  };
}
