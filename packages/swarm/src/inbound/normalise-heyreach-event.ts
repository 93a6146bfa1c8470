import { z } from 'zod';
import type { InboundEventKind } from '../domain/inbound-event.js';
import { deriveProviderEventId } from './derive-provider-event-id.js';
import { normaliseOccurredAt } from './normalise-occurred-at.js';
import type { NormaliseResult } from './normalise-result.js';

const leadSchema = z.looseObject({
  linkedInUrl: z.string().optional(),
  linkedin_url: z.string().optional(),
  profileUrl: z.string().optional(),
  profile_url: z.string().optional(),
  emailAddress: z.string().optional(),
  email_address: z.string().optional(),
  email: z.string().optional(),
});

/**
 * HeyReach webhook body. HeyReach publishes event names but no formal schema, and integrations
 * show both camelCase and snake_case keys, so both are accepted; unknown keys pass.
 */
const heyReachPayloadSchema = z.looseObject({
  eventType: z.string().optional(),
  event_type: z.string().optional(),
  timestamp: z.unknown().optional(),
  leadProfile: leadSchema.optional(),
  lead: leadSchema.optional(),
  campaign: z.looseObject({ id: z.union([z.string(), z.number()]).optional() }).optional(),
  message: z.looseObject({ id: z.union([z.string(), z.number()]).optional() }).optional(),
  correlationId: z.string().optional(),
});

/** HeyReach event type → SPEC §4 kind (all LinkedIn kinds). */
const kindByEventType: Readonly<Record<string, Extract<InboundEventKind, `linkedin_${string}`>>> = {
  CONNECTION_REQUEST_SENT: 'linkedin_connection_sent',
  CONNECTION_REQUEST_ACCEPTED: 'linkedin_connection_accepted',
  MESSAGE_SENT: 'linkedin_message_sent',
  INMAIL_SENT: 'linkedin_message_sent',
  MESSAGE_REPLY_RECEIVED: 'linkedin_reply',
  EVERY_MESSAGE_REPLY_RECEIVED: 'linkedin_reply',
  INMAIL_REPLY_RECEIVED: 'linkedin_reply',
  CAMPAIGN_COMPLETED: 'linkedin_campaign_completed',
};

/** Documented HeyReach events that are not SPEC §4 events. */
const ignoredEventTypes = new Set(['FOLLOW_SENT', 'LIKED_POST', 'VIEWED_PROFILE', 'LEAD_TAG_UPDATED']);

/**
 * Normalises one HeyReach webhook delivery (LinkedIn outreach) into SPEC §4 events. The id is the
 * message id when present, else derived from event type, lead profile URL, campaign and timestamp.
 * Never throws: an unknown or missing event type is `{ ok: false, reason }`.
 */
export function normaliseHeyReachEvent(payload: unknown, receivedAt: Date): NormaliseResult {
  const parsed = heyReachPayloadSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, reason: 'malformed_payload' };
  const body = parsed.data;
  const eventType = (body.eventType ?? body.event_type ?? '').toUpperCase();
  const lead = body.leadProfile ?? body.lead;
  const linkedinUrl = lead?.linkedInUrl ?? lead?.linkedin_url ?? lead?.profileUrl ?? lead?.profile_url;
  const leadEmail = lead?.emailAddress ?? lead?.email_address ?? lead?.email;
  const campaignId = body.campaign?.id === undefined ? undefined : String(body.campaign.id);
  const timestamp = typeof body.timestamp === 'string' || typeof body.timestamp === 'number' ? body.timestamp : '';
  const providerEventId =
    body.message?.id !== undefined
      ? `heyreach:${eventType}:${String(body.message.id)}`
      : deriveProviderEventId([eventType, linkedinUrl, campaignId, timestamp, body.correlationId]);
  if (eventType === '') return { ok: false, providerEventId, reason: 'missing_event_type' };
  if (ignoredEventTypes.has(eventType)) return { ok: true, providerEventId, events: [], ignored: eventType };
  const kind = kindByEventType[eventType];
  if (!kind) return { ok: false, providerEventId, reason: `unknown_event_type:${eventType.slice(0, 64)}` };
  return {
    ok: true,
    providerEventId,
    events: [
      {
        kind,
        source: 'heyreach',
        providerEventId,
        occurredAt: normaliseOccurredAt(body.timestamp, receivedAt),
        ...(linkedinUrl ? { linkedinUrl } : {}),
        ...(leadEmail ? { leadEmail } : {}),
        ...(campaignId ? { campaignId } : {}),
      },
    ],
  };
}
