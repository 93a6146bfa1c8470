import { z } from 'zod';
import type { InboundEvent, InboundEventKind } from '../domain/inbound-event.js';
import { deriveProviderEventId } from './derive-provider-event-id.js';
import { normaliseOccurredAt } from './normalise-occurred-at.js';
import type { NormaliseResult } from './normalise-result.js';

/**
 * Instantly API v2 webhook body (developer.instantly.ai/guides/webhook-events). Lenient: only the
 * fields we read are declared and every one but `event_type` is optional; unknown keys pass.
 */
const instantlyPayloadSchema = z.looseObject({
  event_type: z.string(),
  timestamp: z.unknown().optional(),
  campaign_id: z.string().optional(),
  lead_email: z.string().optional(),
  email_id: z.string().optional(),
  step: z.number().optional(),
  variant: z.number().optional(),
  link: z.string().optional(),
  url: z.string().optional(),
});

/** Instantly `event_type` → SPEC §4 kind. */
const kindByEventType: Readonly<Record<string, InboundEventKind>> = {
  email_sent: 'email_sent',
  email_opened: 'email_opened',
  email_link_clicked: 'email_clicked',
  reply_received: 'email_replied',
  email_bounced: 'email_bounced',
  lead_unsubscribed: 'email_unsubscribed',
  lead_meeting_booked: 'meeting_booked',
  lead_no_show: 'meeting_no_show',
};

/** Documented Instantly event types that are not SPEC §4 events (lead labels, account health, enrichment). */
const ignoredEventTypes = new Set([
  'campaign_completed',
  'account_error',
  'lead_neutral',
  'lead_interested',
  'lead_not_interested',
  'lead_meeting_completed',
  'lead_closed',
  'lead_out_of_office',
  'lead_wrong_person',
  'supersearch_enrichment_completed',
]);

/**
 * Normalises one Instantly v2 webhook delivery into SPEC §4 events. Instantly sends no event id,
 * so the id is derived from `event_type`, `timestamp`, `campaign_id`, `lead_email`, `email_id`,
 * `step` and `variant` (its retries repeat them). Bounces are `unknown` type: Instantly does not
 * say whether a bounce is permanent, and only permanent bounces may suppress (SPEC §4).
 * Never throws: an unknown `event_type` or a malformed body is `{ ok: false, reason }`.
 */
export function normaliseInstantlyEvent(payload: unknown, receivedAt: Date): NormaliseResult {
  const parsed = instantlyPayloadSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, reason: 'malformed_payload' };
  const body = parsed.data;
  const providerEventId = deriveProviderEventId([
    body.event_type,
    typeof body.timestamp === 'string' || typeof body.timestamp === 'number' ? body.timestamp : '',
    body.campaign_id,
    body.lead_email,
    body.email_id,
    body.step,
    body.variant,
  ]);
  if (ignoredEventTypes.has(body.event_type)) {
    return { ok: true, providerEventId, events: [], ignored: body.event_type };
  }
  const kind = kindByEventType[body.event_type];
  if (!kind) return { ok: false, providerEventId, reason: `unknown_event_type:${body.event_type.slice(0, 64)}` };
  const common = {
    source: 'instantly',
    providerEventId,
    occurredAt: normaliseOccurredAt(body.timestamp, receivedAt),
    ...(body.lead_email ? { leadEmail: body.lead_email } : {}),
    ...(body.campaign_id ? { campaignId: body.campaign_id } : {}),
  };
  const clickedUrl = body.link ?? body.url;
  const event: InboundEvent =
    kind === 'email_bounced'
      ? { kind, ...common, bounceType: 'unknown' }
      : kind === 'email_clicked'
        ? { kind, ...common, ...(clickedUrl ? { url: clickedUrl } : {}) }
        : { kind, ...common };
  return { ok: true, providerEventId, events: [event] };
}
