import { randomUUID } from 'node:crypto';
import { trackingEventToInboundEvent } from '../outbound/tracking/index.js';
import type { TrackingRouteDependencies } from '../server/routes/tracking-routes.js';
import { createOutboxDeliveryRepository } from '../store/repositories/outbox-delivery-repository.js';
import { inboundEventsToLeads } from './inbound-webhooks.js';
import type { System } from './open-system.js';

/**
 * The tracking routes' dependencies (SPEC §4 open/click tracking, off by default): a hit on
 * `/t/o/{token}` or `/t/c/{token}` becomes an `email_opened` / `email_clicked` event for the
 * outbox row's lead and goes through the same status machine and timeline as vendor webhooks.
 */
export function trackingDependenciesFor(system: System): TrackingRouteDependencies {
  const delivery = createOutboxDeliveryRepository(system.database.db);
  const applyInboundEvent = inboundEventsToLeads(system);
  return {
    secret: system.unsubscribeSecret(),
    clock: system.clock,
    async recordTrackingEvent(event) {
      const record = await delivery.load(event.outboxId);
      if (!record) return;
      await applyInboundEvent(
        trackingEventToInboundEvent(event, { leadEmail: record.message.recipient, eventId: randomUUID() }),
      );
    },
    onRecordFailed: (error) => process.stderr.write(`caio serve: tracking event not recorded: ${String(error)}\n`),
  };
}
