import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import { describeOutboundSend, type OutboundSendPayload } from './outbound-send.js';
import type { SendDecisions } from './send-decisions.js';
import type { SendPolicyRefusal } from './send-policy-refusal.js';
import { groupSendingMailboxes, type SendingMailbox } from './sending-mailboxes.js';

/**
 * SPEC §3.7 step 9, mailbox pick: round-robin over the sending accounts of the send's stream (cold or
 * nurture, which never share a domain). Notes the rotation in {@link SendDecisions}: the first entry
 * is this turn's mailbox, the rest are fallbacks the limits reservation may use when the first is
 * inside its spacing or at its daily cap. The turn counter is per process; the caps that matter are
 * held by the ledger. A conversation message (`replyFrom`, the mailbox the prospect wrote to) keeps that
 * mailbox when it is one of the stream's accounts, with no fallbacks. Refuses `no_mailbox` when the stream
 * has no account.
 *
 * @throws CaioError `config_invalid` (at creation) when cold and nurture share a domain.
 */
export function validateMailboxPick(
  mailboxes: readonly SendingMailbox[],
  decisions: SendDecisions,
): PolicyValidator<OutboundSendPayload> {
  const byStream = groupSendingMailboxes(mailboxes);
  const turns = { cold: 0, nurture: 0 };
  return (request: ActionRequest<OutboundSendPayload>): SendPolicyRefusal | null => {
    const { stream, replyFrom } = describeOutboundSend(request);
    const candidates = byStream[stream];
    if (candidates.length === 0) {
      return { reasonCode: 'no_mailbox', message: `No sending mailbox is configured for ${stream} mail.` };
    }
    if (replyFrom !== null && candidates.includes(replyFrom)) {
      // A conversation continues from the mailbox the prospect wrote to, even if its caps defer it.
      decisions.update(request, { mailboxes: [replyFrom] });
      return null;
    }
    const start = turns[stream] % candidates.length;
    turns[stream] += 1;
    decisions.update(request, { mailboxes: [...candidates.slice(start), ...candidates.slice(0, start)] });
    return null;
  };
}
