/**
 * Keyset paging of scheduling conversations in memory, the same order and page shape as the SQL
 * repository (`updatedAt DESC, id DESC`; `{ items, total, nextCursor }`), so tests and single-run tools
 * see what the API sees (issue 7 meetings view).
 */
import { decodeCursor, encodeCursor } from '../../domain/keyset-cursor.js';
import type {
  SchedulingConversation,
  SchedulingConversationFilter,
  SchedulingConversationPage,
} from '../../ports/scheduling-conversation-store.js';

type ConversationKey = Pick<SchedulingConversation, 'updatedAt' | 'id'>;

/** Newest update first; the id breaks ties, descending, like the SQL `ORDER BY updated_at DESC, id DESC`. */
function newestFirst(left: ConversationKey, right: ConversationKey): number {
  return right.updatedAt.localeCompare(left.updatedAt) || (right.id < left.id ? -1 : right.id > left.id ? 1 : 0);
}

/**
 * One page of `conversations` matching `filter`.
 * @throws CaioError `input_invalid` for a cursor that {@link pageConversations} did not issue
 */
export function pageConversations(
  conversations: readonly SchedulingConversation[],
  filter: SchedulingConversationFilter,
): SchedulingConversationPage {
  const matching = conversations
    .filter((conversation) => !filter.status || conversation.status === filter.status)
    .sort(newestFirst);
  const position = filter.cursor ? decodeCursor(filter.cursor) : undefined;
  const cursorKey = position ? { updatedAt: position.at.toISOString(), id: position.id } : undefined;
  const after = cursorKey ? matching.filter((conversation) => newestFirst(cursorKey, conversation) < 0) : matching;
  const items = after.slice(0, filter.limit);
  const last = items.at(-1);
  return {
    items,
    total: matching.length,
    nextCursor:
      after.length > filter.limit && last ? encodeCursor({ at: new Date(last.updatedAt), id: last.id }) : null,
  };
}
