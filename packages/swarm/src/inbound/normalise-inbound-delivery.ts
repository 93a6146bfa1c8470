import type { InboundVendor } from './inbound-vendor.js';
import { normaliseClayDelivery } from './normalise-clay-delivery.js';
import { normaliseGenericEvent } from './normalise-generic-event.js';
import { normaliseHeyReachEvent } from './normalise-heyreach-event.js';
import { normaliseInstantlyEvent } from './normalise-instantly-event.js';
import { normaliseRb2bEvent } from './normalise-rb2b-event.js';
import type { NormaliseResult } from './normalise-result.js';

/** Where a delivery came from: a vendor route, or a Standard Webhooks source with its `webhook-id`. */
export type InboundDeliverySource = { vendor: InboundVendor } | { standardSource: string; webhookId: string };

/**
 * Dispatches a verified, JSON-parsed delivery to its vendor's normaliser (SPEC §4). Standard
 * Webhooks sources are stored as `standard:<source>` and keyed by their `webhook-id`.
 * Never throws; see {@link NormaliseResult}.
 */
export function normaliseInboundDelivery(
  from: InboundDeliverySource,
  payload: unknown,
  receivedAt: Date,
): NormaliseResult {
  if ('standardSource' in from) {
    return normaliseGenericEvent(payload, {
      source: `standard:${from.standardSource}`,
      receivedAt,
      providerEventId: from.webhookId,
    });
  }
  switch (from.vendor) {
    case 'instantly':
      return normaliseInstantlyEvent(payload, receivedAt);
    case 'heyreach':
      return normaliseHeyReachEvent(payload, receivedAt);
    case 'rb2b':
      return normaliseRb2bEvent(payload, receivedAt);
    case 'clay':
      return normaliseClayDelivery(payload, receivedAt);
  }
}
