import type { ChatNotifier } from '../ports/chat-notifier.js';
import type { MeetingChangeDependencies } from '../scheduling/conversation/index.js';
import { createSchedulingConversationRepository } from '../store/repositories/scheduling-conversation-repository.js';
import { schedulingDatabaseOf } from '../store/repositories/scheduling-tables.js';
import { meetingChangeDependenciesFor } from './meeting-change-cli.js';
import type { System } from './open-system.js';

/**
 * The meeting-change routes' dependencies on an open system (`POST /api/meetings/{id}/cancel|reschedule`,
 * issue 7), or undefined when no host is configured (the routes then answer 503). The meeting lookups read
 * the SQL conversation store directly; the scheduling runtime (the router, which starts the job queue) is
 * built on the first change, so `caio serve` starts without touching the job queue; it is the one the
 * embedded workers use when `options.slack` is the Slack client they were given (`schedulingRuntimeFor`
 * keeps one runtime per system and Slack client), so escalations post to Slack from both.
 */
export function meetingChangesFor(
  system: System,
  options: { slack?: ChatNotifier } = {},
): MeetingChangeDependencies | undefined {
  if (system.config.hosts.length === 0) return undefined;
  const router = async () => (await meetingChangeDependenciesFor(system, options)).conversations;
  return {
    conversations: {
      cancel: async (conversationId, reason, requestedBy) =>
        (await router()).cancel(conversationId, reason, requestedBy),
      reschedule: async (conversationId, requestedBy) => (await router()).reschedule(conversationId, requestedBy),
    },
    store: createSchedulingConversationRepository(schedulingDatabaseOf(system.database.db)),
  };
}
