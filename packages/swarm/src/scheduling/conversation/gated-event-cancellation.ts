import { CaioError } from '../../domain/errors.js';
import type { Evidence } from '../../domain/evidence.js';
import type { Clock } from '../../ports/clock.js';
import type { ActionGateway } from '../../guardrails/action-gateway.js';
import type { CancelMeetingEvent, EventCancellationRequest } from './meeting-event-cancellation.js';

/** What {@link createGatedEventCancellation} needs. */
export interface GatedEventCancellationDependencies {
  gateway: ActionGateway;
  /** The host calendar's delete (the primary calendar's `deleteEvent`); true when the event existed. */
  deleteEvent: (bookingId: string) => Promise<boolean>;
  clock: Clock;
}

/** The reason code a shadowed removal is reported with: shadow mode lets nothing leave (SPEC §3.6). */
export const shadowModeReasonCode = 'shadow_mode';

/** The reason code of a removal nobody approved (SPEC §3.6: `calendar_invite_create` is ALWAYS human). */
export const approvalRequiredReasonCode = 'approval_required';

function evidenceOf(request: EventCancellationRequest, observedAt: string): Evidence[] {
  return [
    {
      kind: 'meeting.booking',
      value: `booking ${request.bookingId} at ${request.meetingStart}`,
      source: 'scheduling_conversations',
      observedAt,
    },
    {
      kind: 'meeting.cancel_request',
      value: request.reason,
      source: request.requestedBy ? `${request.requestedBy.origin}:${request.requestedBy.actor}` : 'unattributed',
      observedAt,
    },
  ];
}

/**
 * Removes a booked meeting's event as `SCHEDULER.cancel_event` through the action gateway (SPEC §2,
 * §3.6, §3.7): kill switches (EMERGENCY_STOP, PAUSE_ALL_SENDS refuse; SHADOW_MODE_OVERRIDE or shadow mode
 * shadows, so nothing is deleted), the ALWAYS-human class satisfied by the requester's own approval (see
 * `MeetingChangeRequester`), the matrix's rate limit, and one audit event naming the actor. Without a
 * requester the gateway parks the request and this answers `approval_required`.
 * @throws CaioError `vendor_error` (retryable) when the calendar delete failed
 */
export function createGatedEventCancellation(dependencies: GatedEventCancellationDependencies): CancelMeetingEvent {
  return async (request) => {
    const requester = request.requestedBy;
    const outcome = await dependencies.gateway.submit(
      {
        agent: 'SCHEDULER',
        action: 'cancel_event',
        target: `conversation:${request.conversationId}`,
        payload: request,
        evidence: evidenceOf(request, dependencies.clock.now().toISOString()),
        idempotencyKey: `cancel:${request.conversationId}:${request.bookingId}`,
        actor: requester?.actor ?? 'system:scheduler',
        summary: `cancel booking ${request.bookingId} at ${request.meetingStart} (${request.reason})`,
        ...(requester
          ? {
              approval: {
                approvalId: `${requester.origin}-request:${request.conversationId}:${request.bookingId}`,
                approvedBy: requester.actor,
              },
            }
          : {}),
      },
      {
        live: async (live) => ({ existed: await dependencies.deleteEvent(live.payload.bookingId) }),
        shadow: async (requests) => requests.map(() => ({ existed: false })),
        describe: (result) => (result.existed ? 'event deleted' : 'event was already gone'),
      },
    );
    switch (outcome.status) {
      case 'executed':
        return { status: 'deleted', existed: outcome.result.existed };
      case 'shadowed':
        return {
          status: 'refused',
          reasonCode: shadowModeReasonCode,
          message:
            'Shadow mode (or SHADOW_MODE_OVERRIDE) is on: the calendar event is not deleted; the meeting stays booked.',
        };
      case 'parked':
        return {
          status: 'refused',
          reasonCode: approvalRequiredReasonCode,
          message: `SCHEDULER.cancel_event needs a person's approval (${outcome.reason}); cancel with \`caio meetings cancel <meeting-id>\`.`,
        };
      case 'refused':
        return { status: 'refused', reasonCode: outcome.reasonCode, message: outcome.message };
      case 'failed':
        throw new CaioError(
          'vendor_error',
          `Deleting calendar event ${request.bookingId} failed (${outcome.reasonCode}): ${outcome.message}. Retry later.`,
          { retryable: true },
        );
    }
  };
}
