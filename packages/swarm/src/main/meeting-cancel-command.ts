import { cancelMeeting, type MeetingChangeDependencies } from '../scheduling/conversation/index.js';
import type { OutputWriter } from './scheduling-commands.js';

/**
 * `caio meetings cancel <meeting-id> [--reason text] [--as name] [--json]` (issue 7; specs/scheduling.md
 * §6.8): cancels a booked meeting as the named person — the calendar event is removed as
 * `SCHEDULER.cancel_event` through the action gateway (this person's request is the approval SPEC §3.6
 * asks for), the queued reminders are deleted, METHOD:CANCEL goes to the prospect through approval,
 * and `meeting-cancelled` is stored. `meeting-id` is the conversation id or the booking id.
 * @throws CaioError `not_found`, `conflict` (not booked), `emergency_stop` / `rate_limited` /
 *   `policy_refused` (refused by the gateway: nothing changed)
 */
export async function meetingCancelCommand(
  dependencies: MeetingChangeDependencies,
  options: { meetingId: string; reason?: string; actor: string; json?: boolean },
  write: OutputWriter,
): Promise<void> {
  const result = await cancelMeeting(dependencies, {
    meetingId: options.meetingId,
    reason: options.reason?.trim() || `cancelled by ${options.actor}`,
    requestedBy: { actor: options.actor, origin: 'operator' },
  });
  if (options.json) {
    write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  write(
    `Cancelled meeting ${result.bookingId} at ${result.meetingStart} (conversation ${result.conversationId}); ` +
      'its reminders are deleted and the cancellation goes to the prospect through approval.\n',
  );
}
