import { z } from 'zod';

/**
 * The closed set of inbound event kinds (SPEC §4 "Signal loop"): email sent, delivered, opened,
 * clicked, replied, bounced, unsubscribed, spam complaint; LinkedIn connection sent/accepted,
 * message sent, reply, campaign completed; website visit; meeting booked/cancelled/no-show.
 * Anything a vendor sends outside this set is stored as an error or ignored, never guessed.
 */
export const inboundEventKinds = [
  'email_sent',
  'email_delivered',
  'email_opened',
  'email_clicked',
  'email_replied',
  'email_bounced',
  'email_unsubscribed',
  'email_spam_complaint',
  'linkedin_connection_sent',
  'linkedin_connection_accepted',
  'linkedin_message_sent',
  'linkedin_reply',
  'linkedin_campaign_completed',
  'website_visit',
  'meeting_booked',
  'meeting_cancelled',
  'meeting_no_show',
] as const;

/** One kind of {@link inboundEventKinds}. */
export type InboundEventKind = (typeof inboundEventKinds)[number];

/** Whether a string names one of the closed SPEC §4 event kinds. */
export function isInboundEventKind(value: string): value is InboundEventKind {
  return (inboundEventKinds as readonly string[]).includes(value);
}

const baseFields = {
  /** `instantly`, `heyreach`, `rb2b`, `clay`, or `standard:<source>` (Standard Webhooks). */
  source: z.string().min(1),
  /** The vendor's id for this event, or a stable digest of its identifying fields when the vendor sends none. */
  providerEventId: z.string().min(1),
  /** When the event happened, ISO 8601 UTC (`2026-11-22T12:00:00.000Z`). */
  occurredAt: z.iso.datetime(),
  leadEmail: z.string().optional(),
  linkedinUrl: z.string().optional(),
  /** The vendor's campaign id, when the event belongs to a sequence. */
  campaignId: z.string().optional(),
};

const plainKinds = inboundEventKinds.filter(
  (kind) =>
    kind !== 'email_bounced' && kind !== 'email_clicked' && kind !== 'website_visit' && !kind.startsWith('meeting_'),
) as Exclude<InboundEventKind, 'email_bounced' | 'email_clicked' | 'website_visit' | `meeting_${string}`>[];

/**
 * zod schema of {@link InboundEvent}, used to read stored events back (`webhook_events.normalised`).
 * Kind-specific fields: a bounce's `bounceType` (only permanent bounces suppress, SPEC §4), a
 * click's `url`, a visit's `pageUrl`, a meeting's `meetingId`/`startsAt`.
 */
export const inboundEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(plainKinds as [(typeof plainKinds)[number], ...typeof plainKinds]), ...baseFields }),
  z.object({
    kind: z.literal('email_bounced'),
    ...baseFields,
    bounceType: z.enum(['permanent', 'transient', 'unknown']),
  }),
  z.object({ kind: z.literal('email_clicked'), ...baseFields, url: z.string().optional() }),
  z.object({ kind: z.literal('website_visit'), ...baseFields, pageUrl: z.string().optional() }),
  z.object({
    kind: z.enum(['meeting_booked', 'meeting_cancelled', 'meeting_no_show']),
    ...baseFields,
    meetingId: z.string().optional(),
    startsAt: z.iso.datetime().optional(),
  }),
]);

/**
 * One normalised inbound event (SPEC §4): a discriminated union on `kind` with the common fields
 * `{ source, providerEventId, occurredAt, leadEmail?, linkedinUrl?, campaignId? }`. At least one of
 * `leadEmail` / `linkedinUrl` identifies the lead, except for campaign-level events.
 */
export type InboundEvent = z.infer<typeof inboundEventSchema>;
