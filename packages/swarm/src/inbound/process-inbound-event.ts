import type { Clock } from '../ports/clock.js';
import type { WebhookEventStore } from '../ports/webhook-event-store.js';
import type { ApplyInboundEvent } from './apply-inbound-event.js';
import type { InboundEventJobPayload } from './inbound-event-job.js';

/** What {@link processInboundEvent} needs. */
export interface InboundEventProcessingDependencies {
  events: WebhookEventStore;
  clock: Clock;
  applyInboundEvent: ApplyInboundEvent;
}

/**
 * Handles one `inbound-event` job (SPEC §4): loads the stored delivery, applies each normalised
 * event, then marks it processed. A delivery already processed, ignored, errored or purged is
 * skipped, so a redelivered job has no second effect. A throw from `applyInboundEvent` leaves the
 * row `received` and lets the queue retry (then dead-letter).
 *
 * @returns `processed`, or `skipped` when there was nothing (left) to do.
 */
export async function processInboundEvent(
  dependencies: InboundEventProcessingDependencies,
  payload: InboundEventJobPayload,
): Promise<'processed' | 'skipped'> {
  const record = await dependencies.events.find(payload.webhookEventId);
  if (!record || record.status !== 'received') return 'skipped';
  for (const event of record.events) await dependencies.applyInboundEvent(event);
  await dependencies.events.markProcessed(record.id, dependencies.clock.now());
  return 'processed';
}
