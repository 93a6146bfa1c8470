/**
 * Keyset paging of scheduling conversations in memory, the same order and page shape as the SQL
 * repository (`updatedAt DESC, id DESC`; `{ items, total, nextCursor }`), so tests and single-run tools
 * see what the API sees (issue 7 meetings view).
 */
import { CaioError } from '../../domain/errors.js';
import type {
  SchedulingConversation,
  SchedulingConversationFilter,
  SchedulingConversationPage,
} from '../../ports/scheduling-conversation-store.js';

function encodePosition(conversation: SchedulingConversation): string {
  return Buffer.from(`${conversation.updatedAt}|${conversation.id}`, 'utf8').toString('base64url');
}

function decodePosition(cursor: string): { updatedAt: string; id: string } {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const separator = text.indexOf('|');
  const updatedAt = text.slice(0, separator);
  const id = text.slice(separator + 1);
  if (separator < 0 || id === '' || Number.isNaN(Date.parse(updatedAt))) {
    throw new CaioError('input_invalid', 'cursor is not valid: pass the nextCursor value from a previous page.');
  }
  return { updatedAt: new Date(updatedAt).toISOString(), id };
}

/** Newest update first; the id breaks ties, descending, like the SQL `ORDER BY updated_at DESC, id DESC`. */
function newestFirst(left: SchedulingConversation, right: SchedulingConversation): number {
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
  const position = filter.cursor ? decodePosition(filter.cursor) : undefined;
  const after = position
    ? matching.filter(
        (conversation) =>
          conversation.updatedAt < position.updatedAt ||
          (conversation.updatedAt === position.updatedAt && conversation.id < position.id),
      )
    : matching;
  const items = after.slice(0, filter.limit);
  const last = items.at(-1);
  return {
    items,
    total: matching.length,
    nextCursor: after.length > filter.limit && last ? encodePosition(last) : null,
  };
}
