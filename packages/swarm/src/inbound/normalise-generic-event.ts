import { z } from 'zod';
import { inboundEventSchema, isInboundEventKind, type InboundEvent } from '../domain/inbound-event.js';
import { normaliseOccurredAt } from './normalise-occurred-at.js';
import type { NormaliseResult } from './normalise-result.js';

/**
 * The body we ask Clay's HTTP API action and Standard Webhooks senders to post (docs/inbound.md):
 * `{ type, id?, timestamp?, data: { email?, linkedinUrl?, campaignId?, url?, bounceType?, meetingId?, startsAt? } }`,
 * where `type` is one SPEC §4 kind. Lenient: snake_case aliases and unknown keys pass.
 */
const genericPayloadSchema = z.looseObject({
  type: z.string().optional(),
  event_type: z.string().optional(),
  id: z.union([z.string(), z.number()]).optional(),
  event_id: z.union([z.string(), z.number()]).optional(),
  timestamp: z.unknown().optional(),
  data: z
    .looseObject({
      email: z.string().optional(),
      linkedinUrl: z.string().optional(),
      linkedin_url: z.string().optional(),
      campaignId: z.string().optional(),
      url: z.string().optional(),
      bounceType: z.string().optional(),
      meetingId: z.string().optional(),
      startsAt: z.string().optional(),
    })
    .optional(),
});

/**
 * Normalises a Clay or Standard Webhooks delivery whose `type` already names a SPEC §4 kind.
 * `fallbackEventId` is used when the body has no id (the Standard Webhooks `webhook-id` header
 * always wins for standard sources; Clay rows should send one). The candidate event is validated
 * against the domain schema, so a wrong field shape is a stored error, not a crash.
 */
export function normaliseGenericEvent(
  payload: unknown,
  options: { source: string; receivedAt: Date; providerEventId?: string },
): NormaliseResult {
  const parsed = genericPayloadSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, reason: 'malformed_payload' };
  const body = parsed.data;
  const bodyId = body.id ?? body.event_id;
  const providerEventId = options.providerEventId ?? (bodyId === undefined ? undefined : String(bodyId));
  if (!providerEventId) return { ok: false, reason: 'missing_event_id' };
  const type = body.type ?? body.event_type ?? '';
  if (!isInboundEventKind(type))
    return { ok: false, providerEventId, reason: `unknown_event_type:${type.slice(0, 64)}` };
  const data = body.data ?? {};
  const linkedinUrl = data.linkedinUrl ?? data.linkedin_url;
  const bounceType = ['permanent', 'transient'].includes(data.bounceType ?? '') ? data.bounceType : 'unknown';
  const candidate = {
    kind: type,
    source: options.source,
    providerEventId,
    occurredAt: normaliseOccurredAt(body.timestamp, options.receivedAt),
    ...(data.email ? { leadEmail: data.email } : {}),
    ...(linkedinUrl ? { linkedinUrl } : {}),
    ...(data.campaignId ? { campaignId: data.campaignId } : {}),
    ...(type === 'email_clicked' && data.url ? { url: data.url } : {}),
    ...(type === 'website_visit' && data.url ? { pageUrl: data.url } : {}),
    ...(type === 'email_bounced' ? { bounceType } : {}),
    ...(type.startsWith('meeting_') && data.meetingId ? { meetingId: data.meetingId } : {}),
    ...(type.startsWith('meeting_') && data.startsAt ? { startsAt: data.startsAt } : {}),
  };
  const event = inboundEventSchema.safeParse(candidate);
  if (!event.success) return { ok: false, providerEventId, reason: 'invalid_event_fields' };
  const events: InboundEvent[] = [event.data];
  return { ok: true, providerEventId, events };
}
