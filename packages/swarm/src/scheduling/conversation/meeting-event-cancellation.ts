/**
 * How a booked meeting's calendar event is removed on cancel or reschedule (specs/scheduling.md §6.8;
 * SPEC §2 `SCHEDULER.cancel_event`). Production passes the event through the action gateway
 * (`createGatedEventCancellation`): kill switches, the approval class, the rate limit and the audit apply,
 * and a refusal leaves the meeting booked with a clear reason instead of deleting anything.
 */

/**
 * Who asked for a cancel or reschedule. SPEC §3.6 puts `cancel_event` in the ALWAYS-human class
 * (`calendar_invite_create`); the request itself is that approval:
 * - `operator`: a person on our side (`caio meetings cancel`, the API) — approved by that person;
 * - `prospect`: the attendee asked in the meeting's thread — approved by their written request (a
 *   withdrawal by the other party commits us to nothing; keeping the event would only leave the host
 *   waiting in an empty call).
 */
export interface MeetingChangeRequester {
  /** The audit actor: the CLI user (`--as`), the API token's name, or `prospect:<lead id>` (no address: the actor is not redacted). */
  actor: string;
  origin: 'operator' | 'prospect';
}

/** One event removal. Instants are ISO-8601 UTC. */
export interface EventCancellationRequest {
  conversationId: string;
  leadId: string;
  /** The provider event id of the booking. */
  bookingId: string;
  meetingStart: string;
  /** Why, for the audit (no prospect text: it may hold personal data). */
  reason: string;
  /** Absent: nobody approved (the gateway parks it, which the caller sees as `approval_required`). */
  requestedBy?: MeetingChangeRequester;
}

/**
 * What happened to the event: `deleted` (the meeting may now be cancelled; `existed` false when the
 * calendar no longer had it), or `refused` with a stable reason code (`emergency_stop`, `sends_paused`,
 * `shadow_mode`, `approval_required`, `rate_limited`, …) — the meeting then stays booked, reminders too.
 */
export type EventCancellationOutcome =
  { status: 'deleted'; existed: boolean } | { status: 'refused'; reasonCode: string; message: string };

/**
 * Removes a booked meeting's event.
 * @throws CaioError `vendor_error` when the calendar call failed (retry later)
 */
export type CancelMeetingEvent = (request: EventCancellationRequest) => Promise<EventCancellationOutcome>;

/**
 * The removal without the gateway: calls `deleteEvent` directly. Only for tests and tools that own the
 * calendar outright; the composition root wires {@link CancelMeetingEvent} through the gateway.
 */
export function ungatedEventCancellation(deleteEvent: (bookingId: string) => Promise<boolean>): CancelMeetingEvent {
  return async (request) => ({ status: 'deleted', existed: await deleteEvent(request.bookingId) });
}
