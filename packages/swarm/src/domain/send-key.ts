/** The idempotency key per (lead, step, channel) of a cadence send (issue 4; SPEC §1.3). */
export function sendIdempotencyKey(leadId: string, sequenceStep: number, channel: 'email' | 'linkedin'): string {
  return `send:${leadId}:${sequenceStep}:${channel}`;
}

/**
 * The idempotency key of a draft's send. A cadence step sends once per (lead, step, channel)
 * ({@link sendIdempotencyKey}); an in-thread conversation message (a reply draft, a scheduling proposal,
 * an invite, a reminder — sequence step 0) sends once per message,
 * `send:<leadId>:conversation:<producer key>:<channel>`, so a lead can receive many of them while each
 * still leaves at most once.
 */
export function draftSendKey(
  draft: { leadId: string; sequenceStep: number; conversation?: { idempotencyKey: string } | null },
  channel: 'email' | 'linkedin' = 'email',
): string {
  if (draft.conversation) return `send:${draft.leadId}:conversation:${draft.conversation.idempotencyKey}:${channel}`;
  return sendIdempotencyKey(draft.leadId, draft.sequenceStep, channel);
}
