import type { GoHighLevelMessageRecord } from './gohighlevel-message-schemas.js';

/** One page of `GET /conversations/{id}/messages`, normalised to the flat documented shape. */
export interface MessagePage {
  lastMessageId?: string | null | undefined;
  nextPage?: boolean | null | undefined;
  messages: GoHighLevelMessageRecord[];
}

/**
 * Follows a conversation's message pages (newest first) with `lastMessageId` while `nextPage` is
 * true, up to `maxPages`. `complete` is false when pages were left unread, so a caller that must
 * prove absence (reconciliation) can answer "unknown" instead of "not sent".
 */
export async function collectMessagePages(
  fetchPage: (lastMessageId: string | undefined) => Promise<MessagePage>,
  maxPages: number,
): Promise<{ messages: GoHighLevelMessageRecord[]; complete: boolean }> {
  const messages: GoHighLevelMessageRecord[] = [];
  let lastMessageId: string | undefined;
  for (let fetched = 0; fetched < maxPages; fetched += 1) {
    const page = await fetchPage(lastMessageId);
    messages.push(...page.messages);
    const next = page.lastMessageId ?? page.messages.at(-1)?.id;
    if (!page.nextPage || page.messages.length === 0 || !next || next === lastMessageId) {
      return { messages, complete: true };
    }
    lastMessageId = next;
  }
  return { messages, complete: false };
}
