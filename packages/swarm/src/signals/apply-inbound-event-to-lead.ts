import type { InboundEvent } from '../domain/inbound-event.js';
import type { Lead } from '../domain/lead.js';
import type { AuditLog } from '../ports/audit-log.js';
import type { Clock } from '../ports/clock.js';
import type { LeadStatusStore } from '../ports/lead-status-store.js';
import type { LeadRepository, SuppressionRepository } from '../ports/pipeline-store.js';
import { inboundEventEffect } from './inbound-event-effects.js';

/** What applying inbound events to leads needs. */
export interface ApplyInboundEventDependencies {
  leads: Pick<LeadRepository, 'findByEmail' | 'findByLinkedinUrl'>;
  statuses: Pick<LeadStatusStore, 'applyTransitions' | 'appendTimeline'>;
  suppression: Pick<SuppressionRepository, 'add'>;
  /** The EM-4 opt-out use case (`recordOptOut`): suppression, lead `unsubscribed`, `opt-out-received`. */
  optOut: (request: { address: string; source: 'vendor_webhook'; reason: string }) => Promise<void>;
  audit: AuditLog;
  clock: Clock;
}

async function findLead(dependencies: ApplyInboundEventDependencies, event: InboundEvent): Promise<Lead | null> {
  if (event.leadEmail) {
    const byEmail = await dependencies.leads.findByEmail(event.leadEmail);
    if (byEmail) return byEmail;
  }
  return event.linkedinUrl ? dependencies.leads.findByLinkedinUrl(event.linkedinUrl) : null;
}

/**
 * Applies one normalised inbound event to its lead (SPEC §4): finds the lead by email or LinkedIn URL,
 * appends a timeline entry, moves the status through the transition table (an illegal move is refused
 * and audited by the store, never forced), suppresses permanent bounces, and routes unsubscribes and
 * spam complaints to the opt-out use case (EM-4) — even when no lead matches, so an address we never
 * imported is still suppressed. An event for an unknown lead is audited as `not_found`.
 */
export function createApplyInboundEventToLead(dependencies: ApplyInboundEventDependencies) {
  return async (event: InboundEvent): Promise<void> => {
    const effect = inboundEventEffect(event);
    const actor = `webhook:${event.source}`;
    if (effect.suppress === 'opt_out' && event.leadEmail) {
      await dependencies.optOut({ address: event.leadEmail, source: 'vendor_webhook', reason: event.kind });
    }
    const lead = await findLead(dependencies, event);
    if (!lead) {
      await dependencies.audit.record([
        {
          at: dependencies.clock.now(),
          agent: 'SCOUT',
          action: 'inbound_event',
          target: `${event.source}:${event.providerEventId}`,
          actor,
          inputSummary: event.kind,
          outputSummary: 'no matching lead',
          approvalStatus: null,
          evidence: [],
          durationMs: 0,
          outcome: 'refused',
          reasonCode: 'not_found',
          idempotencyKey: `inbound:${event.source}:${event.providerEventId}:${event.kind}`,
          runId: null,
        },
      ]);
      return;
    }
    await dependencies.statuses.appendTimeline([
      {
        leadId: lead.id,
        at: new Date(event.occurredAt),
        kind: effect.timelineKind,
        detail: event.kind,
        source: event.source,
      },
    ]);
    if (effect.suppress === 'bounce' && lead.emailKey) {
      await dependencies.suppression.add({ emailKey: lead.emailKey, reason: 'bounced', source: event.source });
    }
    if (effect.status) {
      await dependencies.statuses.applyTransitions([
        { leadId: lead.id, to: effect.status.to, reason: effect.status.reason, actor },
      ]);
    }
  };
}
