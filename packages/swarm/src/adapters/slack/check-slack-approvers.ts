import { CaioError } from '../../domain/errors.js';
import type { ApproverCheck } from '../../ports/chat-notifier.js';
import { slackUsersListResponseSchema } from './slack-schemas.js';

/** Members per `users.list` page; Slack recommends ≤ 200. */
export const slackUsersPageSize = 200;
/** Pages read at most (100 × 200 = 20 000 members), so a looping cursor cannot spin forever. */
export const slackUsersMaxPages = 100;

/** Slackbot is a built-in pseudo-user that is not flagged as a bot but can never approve. */
const slackbotId = 'USLACKBOT';

/**
 * Walks `users.list` with cursor pagination (`response_metadata.next_cursor`) until every requested
 * id has been seen or the list ends, and sorts the ids into active humans, inactive (deactivated or
 * bot) and unknown. `fetchPage(cursor)` performs one resilient call and returns the raw body.
 *
 * @throws CaioError `vendor_error` (`details.malformed`) for a page of the wrong shape, or
 *   (`details.pageLimit`) after {@link slackUsersMaxPages} pages; the page call's own errors pass through.
 */
export async function checkSlackApprovers(
  userIds: readonly string[],
  fetchPage: (cursor: string | undefined) => Promise<unknown>,
): Promise<ApproverCheck> {
  const wanted = new Set(userIds);
  const status = new Map<string, 'active' | 'inactive'>();
  let cursor: string | undefined;
  for (let page = 0; status.size < wanted.size; page += 1) {
    if (page >= slackUsersMaxPages) {
      throw new CaioError('vendor_error', `Slack users.list did not end within ${slackUsersMaxPages} pages.`, {
        details: { pageLimit: true, vendor: 'Slack', method: 'users.list' },
        retryable: false,
      });
    }
    const parsed = slackUsersListResponseSchema.safeParse(await fetchPage(cursor));
    if (!parsed.success) {
      throw new CaioError('vendor_error', `Slack users.list returned an unexpected shape: ${parsed.error.message}`, {
        details: { malformed: true, vendor: 'Slack', method: 'users.list' },
      });
    }
    for (const member of parsed.data.members) {
      if (!wanted.has(member.id)) continue;
      const inactive = member.deleted === true || member.is_bot === true || member.id === slackbotId;
      status.set(member.id, inactive ? 'inactive' : 'active');
    }
    cursor = parsed.data.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  const unique = [...wanted];
  return {
    active: unique.filter((id) => status.get(id) === 'active'),
    inactive: unique.filter((id) => status.get(id) === 'inactive'),
    unknown: unique.filter((id) => !status.has(id)),
  };
}
