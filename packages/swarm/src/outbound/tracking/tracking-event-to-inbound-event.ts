import type { InboundEvent } from '../../domain/inbound-event.js';
import type { TrackingEvent } from './tracking-event.js';

/** The `source` of inbound events produced by our own tracking routes. */
export const trackingEventSource = 'tracking';

/**
 * Turns a tracking hit into the SPEC §4 inbound event the signal loop already understands
 * (`email_opened` → lead `opened`, timeline `open`; `email_clicked` → lead `clicked`, timeline
 * `click`), so `createApplyInboundEventToLead` moves the lead and writes its timeline exactly as for a
 * vendor's open/click webhook.
 *
 * @param event the hit from the tracking route.
 * @param context `leadEmail` — the outbox row's recipient; `eventId` — a fresh unique id for this hit
 *   (every hit is its own event: opens are counted, e.g. "≥ 2 opens → hesitant").
 */
export function trackingEventToInboundEvent(
  event: TrackingEvent,
  context: { leadEmail: string; eventId: string },
): InboundEvent {
  const common = {
    source: trackingEventSource,
    providerEventId: context.eventId,
    occurredAt: event.at.toISOString(),
    leadEmail: context.leadEmail,
  };
  return event.kind === 'click'
    ? { kind: 'email_clicked', ...common, ...(event.url === null ? {} : { url: event.url }) }
    : { kind: 'email_opened', ...common };
}
