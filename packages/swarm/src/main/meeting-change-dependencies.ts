import type { MeetingChangeDependencies } from '../scheduling/conversation/index.js';
import { meetingChangeDependenciesFor } from './meeting-change-cli.js';
import type { System } from './open-system.js';

/**
 * The meeting-change routes' dependencies on an open system (`POST /api/meetings/{id}/cancel|reschedule`,
 * issue 7), or undefined when no host is configured (the routes then answer 503). The scheduling runtime
 * is built on first use and kept, so `caio serve` starts without touching the job queue.
 */
export function meetingChangesFor(system: System): MeetingChangeDependencies | undefined {
  if (system.config.hosts.length === 0) return undefined;
  let built: Promise<MeetingChangeDependencies> | undefined;
  const runtime = () => (built ??= meetingChangeDependenciesFor(system));
  return {
    conversations: {
      cancel: async (conversationId, reason, requestedBy) =>
        (await runtime()).conversations.cancel(conversationId, reason, requestedBy),
      reschedule: async (conversationId, requestedBy) =>
        (await runtime()).conversations.reschedule(conversationId, requestedBy),
    },
    store: {
      get: async (id) => (await runtime()).store.get(id),
      listMeetings: async () => (await runtime()).store.listMeetings(),
    },
  };
}
