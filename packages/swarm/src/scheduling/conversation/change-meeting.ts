/**
 * The person-initiated meeting changes behind `caio meetings cancel|reschedule` and
 * `POST /api/meetings/{id}/cancel|reschedule` (issue 7; specs/scheduling.md §6.8): find the booked
 * meeting, run the conversation step as the requester, and turn a refusal into a {@link CaioError}.
 */
import { CaioError, type CaioErrorCode } from '../../domain/errors.js';
import type { SchedulingConversation, SchedulingConversationStore } from '../../ports/scheduling-conversation-store.js';
import type { MeetingChangeRequester } from './meeting-event-cancellation.js';
import type { ConversationStepResult, SchedulingConversationService } from './scheduling-conversation-service.js';

/** What a meeting change needs: the conversation steps (the router in production) and the store. */
export interface MeetingChangeDependencies {
  conversations: Pick<SchedulingConversationService, 'cancel' | 'reschedule'>;
  store: Pick<SchedulingConversationStore, 'get' | 'findByBookingId'>;
}

/**
 * What a change did. `bookingId` / `meetingStart` (ISO-8601 UTC) are the meeting that was removed.
 * `rescheduled`: new times were proposed in the thread (through approval); `escalated`: the booking was
 * removed but no new times could be proposed, so a person has the thread (spec §6.9).
 */
export type MeetingChangeResult =
  | { status: 'cancelled'; conversationId: string; bookingId: string; meetingStart: string }
  | { status: 'rescheduled'; conversationId: string; bookingId: string; meetingStart: string; proposals: string[] }
  | { status: 'escalated'; conversationId: string; bookingId: string; meetingStart: string; reason: string };

/**
 * The conversation of a meeting id: a conversation id (as `caio meetings` and `GET /api/meetings` show
 * it), or the booking's provider event id (`meeting-booked`'s `meetingId`).
 */
export async function findMeeting(
  store: MeetingChangeDependencies['store'],
  meetingId: string,
): Promise<SchedulingConversation | undefined> {
  const direct = await store.get(meetingId);
  if (direct) return direct;
  return store.findByBookingId(meetingId);
}

/** Reason codes that are also {@link CaioErrorCode}s keep their code; any other refusal is `policy_refused`. */
const passThroughCodes: ReadonlySet<string> = new Set<CaioErrorCode>(['emergency_stop', 'rate_limited']);

async function bookedMeeting(
  dependencies: MeetingChangeDependencies,
  meetingId: string,
): Promise<SchedulingConversation & { bookingId: string; meetingStart: string }> {
  const conversation = await findMeeting(dependencies.store, meetingId);
  if (!conversation) {
    throw new CaioError('not_found', `No meeting ${meetingId}; list them with \`caio meetings\` or GET /api/meetings.`);
  }
  if (conversation.status !== 'booked' || conversation.bookingId === null || conversation.meetingStart === null) {
    throw new CaioError('conflict', `Meeting ${meetingId} is ${conversation.status}, not booked; nothing to change.`);
  }
  return { ...conversation, bookingId: conversation.bookingId, meetingStart: conversation.meetingStart };
}

function failure(meetingId: string, result: ConversationStepResult): CaioError {
  if (result.kind === 'refused') {
    const code = passThroughCodes.has(result.reasonCode) ? (result.reasonCode as CaioErrorCode) : 'policy_refused';
    return new CaioError(code, `Meeting ${meetingId} was not changed (${result.reasonCode}): ${result.message}`, {
      details: { reasonCode: result.reasonCode },
    });
  }
  const why = result.kind === 'ignored' ? result.reason : result.kind;
  return new CaioError('conflict', `Meeting ${meetingId} was not changed: ${why}.`);
}

/**
 * Cancels a booked meeting as `requestedBy` (spec §6.8): event removed through the gateway, reminders
 * deleted, METHOD:CANCEL sent, `meeting-cancelled` stored.
 * @throws CaioError `not_found` (unknown id), `conflict` (not booked), `emergency_stop` / `rate_limited` /
 *   `policy_refused` (the gateway refused; `details.reasonCode` says why — the meeting stays booked)
 */
export async function cancelMeeting(
  dependencies: MeetingChangeDependencies,
  request: { meetingId: string; reason: string; requestedBy: MeetingChangeRequester },
): Promise<MeetingChangeResult> {
  const meeting = await bookedMeeting(dependencies, request.meetingId);
  const result = await dependencies.conversations.cancel(meeting.id, request.reason, request.requestedBy);
  if (result.kind !== 'cancelled') throw failure(request.meetingId, result);
  return {
    status: 'cancelled',
    conversationId: meeting.id,
    bookingId: meeting.bookingId,
    meetingStart: meeting.meetingStart,
  };
}

/**
 * Reschedules a booked meeting as `requestedBy`: the booking is removed as by {@link cancelMeeting} and
 * fresh times are proposed in the thread; the new booking queues its own reminders.
 * @throws CaioError as {@link cancelMeeting}
 */
export async function rescheduleMeeting(
  dependencies: MeetingChangeDependencies,
  request: { meetingId: string; requestedBy: MeetingChangeRequester },
): Promise<MeetingChangeResult> {
  const meeting = await bookedMeeting(dependencies, request.meetingId);
  const result = await dependencies.conversations.reschedule(meeting.id, request.requestedBy);
  const removed = { conversationId: meeting.id, bookingId: meeting.bookingId, meetingStart: meeting.meetingStart };
  if (result.kind === 'proposed')
    return { status: 'rescheduled', ...removed, proposals: [...result.conversation.proposals] };
  if (result.kind === 'escalated') return { status: 'escalated', ...removed, reason: result.reason };
  throw failure(request.meetingId, result);
}
