import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { CaioError } from '../../domain/errors.js';
import {
  schedulingConversationStatuses,
  type SchedulingConversationStore,
} from '../../ports/scheduling-conversation-store.js';
import { errorResponse } from '../api-error.js';
import { parseInput } from '../parse-input.js';
import { presentMeeting, presentMeetingDetail } from '../present-meeting.js';
import type { ServerEnv } from '../server-env.js';
import { pageQueryFields } from '../api-schemas.js';

/** `GET /api/meetings` query: `status`, `cursor`, `limit` (1–200, default 50). */
export const meetingListQuerySchema = z.object({
  status: z.enum(schedulingConversationStatuses).optional(),
  ...pageQueryFields,
});

/** `GET /api/meetings/{conversationId}` path. Conversation ids are opaque text, not necessarily UUIDs. */
export const meetingPathSchema = z.object({ conversationId: z.string().min(1).max(200) });

/** What the meetings view reads (see {@link MeetingRouteDependencies}). */
export interface ServerMeetingDependencies {
  /** The scheduling conversations (migration 0014). */
  store: Pick<SchedulingConversationStore, 'get' | 'listConversations'>;
  /** IANA zone per configured host id (`hosts[].timezone`, SPEC §7), to show meeting times in the host's zone. */
  hostTimezones: Readonly<Record<string, string>>;
}

/** What the meeting routes need; absent = both routes answer 503 `meetings_not_configured`. */
export interface MeetingRouteDependencies {
  meetings?: ServerMeetingDependencies | undefined;
}

/**
 * SCHEDULER's meetings over the API (SPEC §7, SPEC §14 roles; issue 7), read-only for any token:
 * `GET /api/meetings` lists scheduling conversations, most recently updated first, with a `status`
 * filter (`awaiting-reply` | `booked` | `cancelled` | `escalated`) and keyset pagination;
 * `GET /api/meetings/{conversationId}` adds the escalation reason, the proposals in both zones and the
 * exchange history (404 `not_found` for an unknown id).
 */
export function registerMeetingRoutes(app: Hono<ServerEnv>, dependencies: MeetingRouteDependencies): void {
  const unconfigured = (context: Context<ServerEnv>) =>
    errorResponse(context, 503, 'meetings_not_configured', 'The scheduling store is not wired on this server.');

  app.get('/api/meetings', async (context) => {
    const query = parseInput(meetingListQuerySchema, context.req.query(), 'query');
    const meetings = dependencies.meetings;
    if (!meetings) return unconfigured(context);
    const page = await meetings.store.listConversations({
      limit: query.limit,
      ...(query.status ? { status: query.status } : {}),
      ...(query.cursor ? { cursor: query.cursor } : {}),
    });
    return context.json({
      items: page.items.map((conversation) => presentMeeting(conversation, meetings.hostTimezones)),
      total: page.total,
      nextCursor: page.nextCursor,
    });
  });

  app.get('/api/meetings/:conversationId', async (context) => {
    const { conversationId } = parseInput(meetingPathSchema, context.req.param(), 'path');
    const meetings = dependencies.meetings;
    if (!meetings) return unconfigured(context);
    const conversation = await meetings.store.get(conversationId);
    if (!conversation) {
      throw new CaioError(
        'not_found',
        `No scheduling conversation ${conversationId}. List them with GET /api/meetings.`,
      );
    }
    return context.json(presentMeetingDetail(conversation, meetings.hostTimezones));
  });
}
