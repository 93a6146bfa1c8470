import { gateChatNotifier } from '../guardrails/gate-chat-notifier.js';
import type { ChatNotifier } from '../ports/chat-notifier.js';
import {
  createAuditingApplyInboundEvent,
  createRb2bDiscovery,
  createWebhookRejectionAlerter,
  inboundEventJob,
  processInboundEvent,
  type ApplyInboundEvent,
  type InboundEventJobPayload,
  type WebhookRejectionTelemetry,
} from '../inbound/index.js';
import type { JobQueue } from '../ports/job-queue.js';
import type { InboundWebhookDependencies } from '../server/index.js';
import { createWebhookEventStore } from '../store/repositories/webhook-event-repository.js';
import { createMemoryReplayStore } from '../webhooks/index.js';
import { recordOptOut } from '../compliance/index.js';
import { createApplyInboundEventToLead } from '../signals/apply-inbound-event-to-lead.js';
import { leadStatusPolicy } from '../signals/lead-status-policy.js';
import { createLeadStatusRepository } from '../store/repositories/lead-status-repository.js';
import { createClayEnrichmentCompletion } from './clay-enrichment-completion.js';
import type { System } from './open-system.js';

/** Daily retention purge of stored deliveries (PII-5: 30 days; WH-4 needs only ≥ 72 h). */
export const inboundRetentionJob = 'inbound-retention';

/** Rows older than this are purged: 30 days in milliseconds (PII-5). */
const retentionMs = 30 * 24 * 60 * 60 * 1000;

/** One line per rejection on stderr: reason, source and route only (WH-8). */
function logRejection(rejection: WebhookRejectionTelemetry): void {
  process.stderr.write(
    `caio webhook rejected reason=${rejection.reason} source=${rejection.source} route="${rejection.route}"\n`,
  );
}

/**
 * The inbound webhook routes' dependencies from an open system: secrets from the environment
 * (`config.webhookSecrets`), the SQL `webhook_events` store and a per-process replay cache
 * (the database dedupe makes processing exactly-once across processes anyway).
 */
export function inboundWebhookDependenciesFor(system: System, slack?: ChatNotifier): InboundWebhookDependencies {
  const channel = system.config.slack.approvalChannel;
  // WH-8: more than 20 rejections in 5 minutes per route raise one Slack alert (a write through the gateway).
  const alert =
    slack && channel
      ? createWebhookRejectionAlerter({
          notifier: gateChatNotifier(slack, system.gateway, 'system:webhook-alerts'),
          channel,
          clock: system.clock,
        })
      : undefined;
  return {
    vendorSecrets: system.config.webhookSecrets.vendors,
    standardSecrets: system.config.webhookSecrets.standard,
    events: createWebhookEventStore(system.database.db),
    replayStore: createMemoryReplayStore(system.clock),
    expectedVendors: system.config.webhooks.vendors,
    onRejected: (rejection) => {
      logRejection(rejection);
      alert?.(rejection);
    },
  };
}

/**
 * Starts the `inbound-event` worker and the daily retention purge. `applyInboundEvent` defaults to
 * the audit-only hook; the status-machine work (`src/signals/`) passes its own.
 */
export async function startInboundEventWorker(
  jobs: JobQueue,
  system: System,
  applyInboundEvent: ApplyInboundEvent = inboundEventsToLeads(system),
): Promise<void> {
  const events = createWebhookEventStore(system.database.db);
  const processing = {
    events,
    clock: system.clock,
    applyInboundEvent,
    completeEnrichmentResult: createClayEnrichmentCompletion(system.database.db, system.clock),
  };
  await jobs.work<InboundEventJobPayload>(inboundEventJob, async (job) => {
    await processInboundEvent(processing, job.payload);
  });
  await jobs.work(inboundRetentionJob, async () => {
    await events.purgeReceivedBefore(new Date(system.clock.now().getTime() - retentionMs));
  });
  await jobs.schedule?.(inboundRetentionJob, '17 3 * * *');
}

/**
 * The production hook: every event is audited, then applied to its lead through the status machine
 * (SPEC §4); unsubscribes and complaints go through the EM-4 opt-out use case.
 */
export function inboundEventsToLeads(system: System): ApplyInboundEvent {
  const audited = createAuditingApplyInboundEvent({ audit: system.store.audit, clock: system.clock });
  const applyToLead = createApplyInboundEventToLead({
    leads: system.store.leads,
    statuses: createLeadStatusRepository(system.database.db, { clock: system.clock, policy: leadStatusPolicy }),
    suppression: system.store.suppression,
    optOut: async (request) => {
      await recordOptOut(system.compliance, request);
    },
    audit: system.store.audit,
    clock: system.clock,
  });
  // RB2B visitors become leads through the discover stage first (SPEC §3.1), then the event applies.
  const toLead = createRb2bDiscovery(
    { leads: system.store.leads, audit: system.store.audit, clock: system.clock },
    applyToLead,
  );
  return async (event) => {
    await audited(event);
    await toLead(event);
  };
}
