import type { ConversationStepResult } from '../conversation/scheduling-conversation-service.js';
import type { MeetingChangeRequester } from '../conversation/meeting-event-cancellation.js';
import type { SchedulingConversationRouter } from './create-conversation-router.js';

/** Why a prospect's cancel is recorded: a fixed text, never their words (the audit keeps it). */
export const prospectCancelReason = 'the prospect asked to cancel in the meeting thread';

/**
 * Runs a prospect's request to move or call off their booked meeting (issue 7; specs/scheduling.md §6.8):
 * `reschedule` proposes fresh times in the thread (SMART `scheduling_response` through the outbox);
 * `cancel` removes the meeting. The prospect is the requester (`prospect:<lead id>`, see
 * `MeetingChangeRequester`), so `SCHEDULER.cancel_event` passes the gateway with their request as approval.
 * @throws Error when the gateway refused (a kill switch, shadow mode, …): nothing changed, so the
 *   dispatcher records the attempt as failed and tries again on a later pass
 */
export async function dispatchMeetingChange(
  changes: Pick<SchedulingConversationRouter, 'cancel' | 'reschedule'>,
  request: { conversationId: string; leadId: string; change: 'reschedule' | 'cancel' },
): Promise<ConversationStepResult> {
  const requestedBy: MeetingChangeRequester = { actor: `prospect:${request.leadId}`, origin: 'prospect' };
  const result =
    request.change === 'reschedule'
      ? await changes.reschedule(request.conversationId, requestedBy)
      : await changes.cancel(request.conversationId, prospectCancelReason, requestedBy);
  if (result.kind === 'refused') {
    throw new Error(`the ${request.change} was refused (${result.reasonCode}): ${result.message}`);
  }
  return result;
}
