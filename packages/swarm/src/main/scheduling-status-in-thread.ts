import type { SchedulingConversationStatus } from '../ports/scheduling-conversation-store.js';
import { createSchedulingConversationRepository } from '../store/repositories/scheduling-conversation-repository.js';
import { schedulingDatabaseOf } from '../store/repositories/scheduling-tables.js';
import type { System } from './open-system.js';

/**
 * Reply routing's question "what is SCHEDULER doing in this thread?" (issue 7), in one read: the status of
 * the lead's latest conversation when it lives in the same thread, else null. `awaiting-reply` routes the
 * reply to the scheduling dispatcher as the prospect's answer; `booked` reads it for a request to move or
 * cancel the meeting.
 */
export function schedulingStatusInThreadFor(
  system: System,
): (leadId: string, threadKey: string) => Promise<SchedulingConversationStatus | null> {
  const conversations = createSchedulingConversationRepository(schedulingDatabaseOf(system.database.db));
  return async (leadId, threadKey) => {
    const latest = await conversations.findLatestForLead(leadId);
    return latest?.threadKey === threadKey ? latest.status : null;
  };
}
