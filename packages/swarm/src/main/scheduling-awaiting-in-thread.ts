import { createSchedulingConversationRepository } from '../store/repositories/scheduling-conversation-repository.js';
import { schedulingDatabaseOf } from '../store/repositories/scheduling-tables.js';
import type { System } from './open-system.js';

/**
 * Reply routing's question "does a SCHEDULER conversation in this thread await the prospect's answer?"
 * (issue 7): the lead's latest conversation is `awaiting-reply` in the same thread. Its answer is then read
 * by the scheduling dispatcher rather than drafted as a COMMUNICATOR reply.
 */
export function schedulingAwaitingInThreadFor(system: System): (leadId: string, threadKey: string) => Promise<boolean> {
  const conversations = createSchedulingConversationRepository(schedulingDatabaseOf(system.database.db));
  return async (leadId, threadKey) => {
    const latest = await conversations.findLatestForLead(leadId);
    return latest?.status === 'awaiting-reply' && latest.threadKey === threadKey;
  };
}
