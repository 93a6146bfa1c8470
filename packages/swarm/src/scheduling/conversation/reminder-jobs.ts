/**
 * Reminder jobs (specs/scheduling.md §6.8): one delayed job per planned reminder, keyed per
 * `(bookingId, kind)`. Cancel and reschedule delete the booking's queued jobs by that key
 * ({@link cancelMeetingReminders}); as defence in depth the handler also re-checks the conversation when
 * it fires and does nothing for a booking that is no longer the live one (cancelled, or replaced by a
 * reschedule, which books its own reminders), and each send is idempotent on the same key.
 */
import type { JobQueue } from '../../ports/job-queue.js';
import type { SchedulingConversation } from '../../ports/scheduling-conversation-store.js';
import { planReminders, reminderIdempotencyKey, type ReminderKind } from '../plan-reminders.js';

/** Every reminder kind a booking may have queued (SPEC §7: 24 h and 1 h before). */
const reminderKinds: readonly ReminderKind[] = ['24h', '1h'];

/** The queue reminders run on. */
export const meetingReminderJob = 'meeting-reminder';

/** Payload of one reminder job. Instants ISO-8601 UTC. */
export interface MeetingReminderPayload {
  conversationId: string;
  bookingId: string;
  kind: ReminderKind;
  meetingStart: string;
}

/**
 * Queues the reminders of a confirmed booking. Reminders whose time is not after `bookedAt` are not
 * queued (never sent late).
 * @returns the kinds queued now (a kind already queued for this booking is skipped by the singleton key)
 */
export async function scheduleMeetingReminders(
  jobs: JobQueue,
  booking: {
    conversationId: string;
    bookingId: string;
    meetingStart: string;
    bookedAt: string;
    durationMinutes: number;
  },
): Promise<ReminderKind[]> {
  const queued: ReminderKind[] = [];
  for (const reminder of planReminders(booking)) {
    const payload: MeetingReminderPayload = {
      conversationId: booking.conversationId,
      bookingId: booking.bookingId,
      kind: reminder.kind,
      meetingStart: booking.meetingStart,
    };
    const id = await jobs.send(meetingReminderJob, payload, {
      startAfter: new Date(reminder.at),
      singletonKey: reminderIdempotencyKey(booking.bookingId, reminder.kind),
    });
    if (id !== null) queued.push(reminder.kind);
  }
  return queued;
}

/** True when the reminder still concerns the live booking: booked, same booking id, same start. */
export function isReminderLive(
  conversation: SchedulingConversation | undefined,
  payload: MeetingReminderPayload,
): boolean {
  return (
    conversation !== undefined &&
    conversation.status === 'booked' &&
    conversation.bookingId === payload.bookingId &&
    conversation.meetingStart === payload.meetingStart
  );
}

/**
 * Deletes the queued reminders of a booking (spec §6.8 "delete on cancel", "recompute on reschedule").
 * A queue without `cancel` deletes nothing; the handler's {@link isReminderLive} check still holds.
 * @returns how many queued jobs were deleted
 */
export async function cancelMeetingReminders(jobs: JobQueue, bookingId: string): Promise<number> {
  if (!jobs.cancel) return 0;
  let deleted = 0;
  for (const kind of reminderKinds) {
    deleted += await jobs.cancel(meetingReminderJob, reminderIdempotencyKey(bookingId, kind));
  }
  return deleted;
}
