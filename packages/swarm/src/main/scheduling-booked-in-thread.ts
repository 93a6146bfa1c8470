import { createSchedulingConversationRepository } from '../store/repositories/scheduling-conversation-repository.js';
import { schedulingDatabaseOf } from '../store/repositories/scheduling-tables.js';
import type { System } from './open-system.js';

/**
 * Reply routing's question "does this thread hold the lead's BOOKED SCHEDULER meeting?" (issue 7): the
 * lead's latest conversation is `booked` in the same thread. A reply there is then read for a request to
 * move or cancel the meeting (`detectMeetingChangeRequest`), which the scheduling dispatcher runs.
 */
export function schedulingBookedInThreadFor(system: System): (leadId: string, threadKey: string) => Promise<boolean> {
  const conversations = createSchedulingConversationRepository(schedulingDatabaseOf(system.database.db));
  return async (leadId, threadKey) => {
    const latest = await conversations.findLatestForLead(leadId);
    return latest?.status === 'booked' && latest.threadKey === threadKey;
  };
}
