import type { Hono } from 'hono';
import { z } from 'zod';
import {
  cancelMeeting,
  rescheduleMeeting,
  type MeetingChangeDependencies,
} from '../../scheduling/conversation/index.js';
import { errorResponse } from '../api-error.js';
import { parseInput, readJsonBody } from '../parse-input.js';
import { requireRole } from '../require-role.js';
import type { ServerEnv } from '../server-env.js';

/** `POST /api/meetings/{id}/…` path: a conversation id or a booking id (opaque text). */
export const meetingChangePathSchema = z.object({ id: z.string().min(1).max(200) });

/** `POST /api/meetings/{id}/cancel` body: an optional reason for the audit and the conversation history. */
export const meetingCancelBodySchema = z.strictObject({ reason: z.string().trim().min(1).max(500).optional() });

/** `POST /api/meetings/{id}/reschedule` body: none (an empty object or no body). */
export const meetingRescheduleBodySchema = z.strictObject({});

/** What the routes need; absent = both answer 503 `meetings_not_configured`. */
export interface MeetingChangeRouteDependencies {
  /** The scheduling router and conversation store (`meetingChangeDependenciesFor` in `main/`). */
  meetingChanges?: MeetingChangeDependencies | undefined;
}

/**
 * Cancel and reschedule over the API (issue 7; specs/scheduling.md §6.8; SPEC §14 roles): an `approver`
 * or `admin` token; the token's name is the requester, so the audit of `SCHEDULER.cancel_event` names it
 * and its request is the approval SPEC §3.6 asks for.
 * - `POST /api/meetings/{id}/cancel` `{reason?}` → 200 `{status: 'cancelled', conversationId, bookingId, meetingStart}`
 * - `POST /api/meetings/{id}/reschedule` → 200 `{status: 'rescheduled', …, proposals}` or `{status: 'escalated', …, reason}`
 * Errors: 404 unknown id, 409 `conflict` not booked, 423 `emergency_stop` / 429 `rate_limited` /
 * 422 `policy_refused` when the gateway refused (the meeting stays booked), 403 for a viewer token.
 */
export function registerMeetingChangeRoutes(app: Hono<ServerEnv>, dependencies: MeetingChangeRouteDependencies): void {
  const unconfigured = 'The scheduling runtime is not wired on this server (no hosts configured?).';

  app.post('/api/meetings/:id/cancel', async (context) => {
    const principal = requireRole(context, 'approver');
    const { id } = parseInput(meetingChangePathSchema, context.req.param(), 'path');
    const body = parseInput(meetingCancelBodySchema, await readJsonBody(context), 'body');
    const changes = dependencies.meetingChanges;
    if (!changes) return errorResponse(context, 503, 'meetings_not_configured', unconfigured);
    const result = await cancelMeeting(changes, {
      meetingId: id,
      reason: body.reason ?? `cancelled by ${principal.name}`,
      requestedBy: { actor: principal.name, origin: 'operator' },
    });
    return context.json(result);
  });

  app.post('/api/meetings/:id/reschedule', async (context) => {
    const principal = requireRole(context, 'approver');
    const { id } = parseInput(meetingChangePathSchema, context.req.param(), 'path');
    parseInput(meetingRescheduleBodySchema, await readJsonBody(context), 'body');
    const changes = dependencies.meetingChanges;
    if (!changes) return errorResponse(context, 503, 'meetings_not_configured', unconfigured);
    const result = await rescheduleMeeting(changes, {
      meetingId: id,
      requestedBy: { actor: principal.name, origin: 'operator' },
    });
    return context.json(result);
  });
}
