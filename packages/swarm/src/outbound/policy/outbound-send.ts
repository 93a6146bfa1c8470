import type { Lead, Tier } from '../../domain/lead.js';
import type { ActionRequest } from '../../guardrails/action-request.js';

/** Outbound channels (SPEC §3.7 channel routing). */
export type OutboundChannel = 'email' | 'linkedin';

/** Cold outreach and nurture send from separate domains (SPEC §3.7 mailbox rotation). */
export type SendStream = 'cold' | 'nurture';

/**
 * What the send policy reads from a request's payload. The pipeline's `SendDraftPayload`
 * (`{ draft, lead }`) fits as is; `channel`, `platform` and `stream` default to email, `smtp`, cold.
 */
export interface OutboundSendPayload {
  lead: Pick<Lead, 'id' | 'email' | 'emailKey' | 'tier' | 'city' | 'state' | 'country'>;
  /**
   * Sequence step 1 is the first touch (SPEC §5). Without a draft the send counts as a first touch.
   * `conversation` marks an in-thread message (a reply draft or a SCHEDULER message, step 0): never a
   * first touch, and subject to the pauses of its thread.
   */
  draft?: { sequenceStep: number; conversation?: { threadKey: string } | null };
  channel?: OutboundChannel;
  platform?: string;
  stream?: SendStream;
  /**
   * The mailbox a conversation continues from (the one the prospect wrote to): when it is a sending
   * mailbox of the stream, the mailbox pick keeps it rather than rotating (a reply from a stranger's
   * address would break the thread for the prospect).
   */
  replyFrom?: string;
}

/** The facts every validator works from, derived once per request by {@link describeOutboundSend}. */
export interface OutboundSendFacts {
  leadId: string;
  /** Canonical email key (lower-cased, trimmed); null when the lead has no email. */
  emailKey: string | null;
  /** Recipient email domain, lower-case; null without email. */
  recipientDomain: string | null;
  tier: Tier | null;
  channel: OutboundChannel;
  platform: string;
  stream: SendStream;
  isFirstTouch: boolean;
  /** The thread of an in-thread conversation message; null for cadence steps. */
  conversationThreadKey: string | null;
  /** The mailbox a conversation continues from (lower-case), or null. */
  replyFrom: string | null;
  location: { city: string | null; state: string | null; country: string | null };
}

/** Reads the policy facts of a send request (pure). */
export function describeOutboundSend(request: ActionRequest<OutboundSendPayload>): OutboundSendFacts {
  const { lead, draft } = request.payload;
  const email = (lead.emailKey ?? lead.email)?.trim().toLowerCase() || null;
  const atSign = email ? email.lastIndexOf('@') : -1;
  return {
    leadId: lead.id,
    emailKey: email,
    recipientDomain: email && atSign > 0 ? email.slice(atSign + 1) : null,
    tier: lead.tier,
    channel: request.payload.channel ?? 'email',
    platform: request.payload.platform ?? 'smtp',
    stream: request.payload.stream ?? 'cold',
    isFirstTouch: !draft?.conversation && (draft?.sequenceStep ?? 1) <= 1,
    conversationThreadKey: draft?.conversation?.threadKey ?? null,
    replyFrom: request.payload.replyFrom?.trim().toLowerCase() || null,
    location: { city: lead.city, state: lead.state, country: lead.country },
  };
}
