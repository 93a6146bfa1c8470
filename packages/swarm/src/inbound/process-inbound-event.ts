import type { Clock } from '../ports/clock.js';
import type { WebhookEventStore } from '../ports/webhook-event-store.js';
import type { ApplyInboundEvent } from './apply-inbound-event.js';
import type { InboundEventJobPayload } from './inbound-event-job.js';

/** What {@link processInboundEvent} needs. */
export interface InboundEventProcessingDependencies {
  events: WebhookEventStore;
  clock: Clock;
  applyInboundEvent: ApplyInboundEvent;
  /**
   * Completes a stored Clay enrichment callback (SPEC §3.2), e.g. via `completeClayEnrichment`:
   * `completed`, or a PII-free `reason` (`no_pending_enrichment:<correlation id>`) recorded on the row.
   * Absent: such rows are marked `error` with `enrichment_result_not_handled`, never dropped silently.
   */
  completeEnrichmentResult?: (
    callback: Readonly<Record<string, unknown>>,
  ) => Promise<{ completed: true } | { completed: false; reason: string }>;
}

/**
 * Handles one `inbound-event` job (SPEC §4): loads the stored delivery, applies each normalised
 * event, then marks it processed. A delivery already processed, ignored, errored or purged is
 * skipped, so a redelivered job has no second effect. A throw from `applyInboundEvent` leaves the
 * row `received` and lets the queue retry (then dead-letter). A stored Clay enrichment callback goes
 * to `completeEnrichmentResult` (SPEC §3.2); when it matches no pending enrichment the row becomes
 * `error` with the reason (`markFailed`), keeping the callback.
 *
 * @returns `processed`, or `skipped` when there was nothing (left) to do.
 */
export async function processInboundEvent(
  dependencies: InboundEventProcessingDependencies,
  payload: InboundEventJobPayload,
): Promise<'processed' | 'skipped'> {
  const record = await dependencies.events.find(payload.webhookEventId);
  if (!record || record.status !== 'received') return 'skipped';
  if (record.enrichmentResult) {
    const outcome = dependencies.completeEnrichmentResult
      ? await dependencies.completeEnrichmentResult(record.enrichmentResult)
      : { completed: false as const, reason: 'enrichment_result_not_handled' };
    if (!outcome.completed && dependencies.events.markFailed) {
      // Kept with its reason, not lost: an unmatched callback can be inspected and replayed.
      await dependencies.events.markFailed(record.id, outcome.reason, dependencies.clock.now());
      return 'processed';
    }
  }
  for (const event of record.events) await dependencies.applyInboundEvent(event);
  await dependencies.events.markProcessed(record.id, dependencies.clock.now());
  return 'processed';
}
