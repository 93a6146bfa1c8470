import { rescheduleMeeting, type MeetingChangeDependencies } from '../scheduling/conversation/index.js';
import type { OutputWriter } from './scheduling-commands.js';

/**
 * `caio meetings reschedule <meeting-id> [--as name] [--json]` (issue 7; specs/scheduling.md §6.8):
 * removes the booking as `meeting cancel` does (gateway, reminders, METHOD:CANCEL, `meeting-cancelled`)
 * and proposes fresh times in the same thread (`scheduling_response`, SMART approval); the new booking
 * queues its own reminders. When no time can be proposed the thread goes to a person (`escalated`).
 * @throws CaioError as `meetingCancelCommand`
 */
export async function meetingRescheduleCommand(
  dependencies: MeetingChangeDependencies,
  options: { meetingId: string; actor: string; json?: boolean },
  write: OutputWriter,
): Promise<void> {
  const result = await rescheduleMeeting(dependencies, {
    meetingId: options.meetingId,
    requestedBy: { actor: options.actor, origin: 'operator' },
  });
  if (options.json) {
    write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  write(`Removed meeting ${result.bookingId} at ${result.meetingStart} (conversation ${result.conversationId}).\n`);
  if (result.status === 'rescheduled') {
    write(`Proposed ${result.proposals.length} new times in the thread (through approval):\n`);
    for (const start of result.proposals) write(`  ${start}\n`);
  } else if (result.status === 'escalated') {
    write(`No new times could be proposed (${result.reason}); the thread is with a person now.\n`);
  }
}
