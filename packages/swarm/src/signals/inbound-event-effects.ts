import type { InboundEvent } from '../domain/inbound-event.js';
import type { LeadStatus } from '../domain/lead.js';

/** What an inbound event does to its lead (SPEC §4): a status change, a timeline entry, or an opt-out. */
export interface InboundEventEffect {
  /** The status the event moves the lead to, with the transition reason; null = timeline only. */
  status: { to: LeadStatus; reason: string } | null;
  /** The timeline entry kind (`open`, `reply`, `touch`, … — the decay rules read these). */
  timelineKind: string;
  /** Unsubscribes and spam complaints suppress everywhere (EM-4); permanent bounces suppress too. */
  suppress: 'opt_out' | 'bounce' | null;
}

const timelineOnly = (timelineKind: string): InboundEventEffect => ({ status: null, timelineKind, suppress: null });
const move = (to: LeadStatus, reason: string, timelineKind: string): InboundEventEffect => ({
  status: { to, reason },
  timelineKind,
  suppress: null,
});

/**
 * The effect of each event kind of the closed SPEC §4 set. Only permanent address bounces change the
 * status and suppress (SPEC §4: "Only permanent address bounces (5.1.x class) suppress"); transient and
 * unclassified bounces are recorded and left for a human.
 */
export function inboundEventEffect(event: InboundEvent): InboundEventEffect {
  switch (event.kind) {
    case 'email_sent':
    case 'linkedin_message_sent':
    case 'linkedin_connection_sent':
      return move('sent', 'sent', 'touch');
    case 'email_delivered':
      return timelineOnly('delivered');
    case 'email_opened':
      return move('opened', 'open', 'open');
    case 'email_clicked':
      return move('clicked', 'click', 'click');
    case 'email_replied':
    case 'linkedin_reply':
      return move('replied', 'reply', 'reply');
    case 'email_bounced':
      return event.bounceType === 'permanent'
        ? { status: { to: 'bounced', reason: 'bounce' }, timelineKind: 'bounce', suppress: 'bounce' }
        : timelineOnly(`bounce_${event.bounceType}`);
    case 'email_unsubscribed':
    case 'email_spam_complaint':
      return {
        status: null,
        timelineKind: event.kind === 'email_unsubscribed' ? 'unsubscribe' : 'spam_complaint',
        suppress: 'opt_out',
      };
    case 'meeting_booked':
      return move('meeting_booked', 'meeting_booked', 'meeting_booked');
    case 'linkedin_connection_accepted':
    case 'linkedin_campaign_completed':
    case 'website_visit':
    case 'meeting_cancelled':
    case 'meeting_no_show':
      return timelineOnly(event.kind);
  }
}
