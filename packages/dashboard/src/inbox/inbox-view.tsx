import { useState } from 'react';
import type { ApiError } from '../api-error.js';
import { useApi } from '../api-context.js';
import { inboxIntents, type InboxIntent, type InboxReply } from '../api-types.js';
import { FilterSelect } from '../filter-select.js';
import { formatUtc } from '../format-utc.js';
import { LoadMoreButton, PagedListNotices } from '../paged-list-notices.js';
import { routeHash } from '../route.js';
import { ErrorNotice } from '../status-notices.js';
import { useApiFailure } from '../use-api-failure.js';
import { usePagedList } from '../use-paged-list.js';
import { formatConfidence } from './format-confidence.js';
import { OverrideIntentForm } from './override-intent-form.js';

function IntentCell({ reply }: { reply: InboxReply }) {
  return (
    <>
      <span className="badge">{reply.intent}</span> <span className="hint">{formatConfidence(reply.confidence)}</span>
      {reply.override ? (
        <p className="hint">
          overridden by {reply.override.by} (classified {reply.classifiedIntent})
        </p>
      ) : null}
    </>
  );
}

/**
 * The unified inbox (SPEC §4): each classified reply with its thread's lead, the visible reply, the
 * intent with confidence, the action routing took, a needs-review filter and an intent override.
 */
export function InboxView() {
  const { client } = useApi();
  const toFailure = useApiFailure();
  const [intent, setIntent] = useState<InboxIntent | ''>('');
  const [needsReview, setNeedsReview] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [overrideError, setOverrideError] = useState<ApiError | null>(null);
  const list = usePagedList(
    (api, cursor) =>
      api.listInbox({
        ...(intent ? { intent } : {}),
        ...(needsReview ? { needsReview: 'true' as const } : {}),
        ...(cursor ? { cursor } : {}),
      }),
    `${intent}|${needsReview}`,
  );

  function override(reply: InboxReply, next: InboxIntent) {
    setBusyId(reply.id);
    setOverrideError(null);
    client
      .overrideReplyIntent(reply.id, next)
      .then((updated) => list.replaceItem((item) => item.id === updated.id, updated))
      .catch((caught: unknown) => setOverrideError(toFailure(caught)))
      .finally(() => setBusyId(null));
  }

  return (
    <div>
      <div className="toolbar">
        <h1>Inbox</h1>
        <FilterSelect<InboxIntent>
          label="Intent"
          value={intent}
          options={inboxIntents}
          onChange={setIntent}
          allLabel="all"
        />
        <label>
          <input type="checkbox" checked={needsReview} onChange={(event) => setNeedsReview(event.target.checked)} />{' '}
          Needs review only
        </label>
      </div>
      {overrideError ? <ErrorNotice error={overrideError} /> : null}
      <PagedListNotices
        list={list}
        what="replies"
        empty="No replies match. Replies appear here once caio work polls the mailboxes."
      />
      {list.status === 'ready' && list.items.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">Thread</th>
              <th scope="col">Reply</th>
              <th scope="col">Intent</th>
              <th scope="col">Action taken</th>
              <th scope="col">Review</th>
              <th scope="col">Override</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((reply) => (
              <tr key={reply.id} data-testid="inbox-reply">
                <td>{formatUtc(reply.receivedAt)}</td>
                <td>
                  {reply.leadId ? (
                    <a href={routeHash({ view: 'lead', leadId: reply.leadId })}>{reply.leadEmail ?? 'lead'}</a>
                  ) : (
                    <span className="hint">unthreaded</span>
                  )}
                </td>
                <td className="reply-text">{reply.visibleText}</td>
                <td>
                  <IntentCell reply={reply} />
                </td>
                <td>{reply.actionTaken ?? '—'}</td>
                <td>{reply.needsReview ? <span className="badge bad">needs review</span> : 'reviewed'}</td>
                <td>
                  <OverrideIntentForm
                    reply={reply}
                    busy={busyId === reply.id}
                    onOverride={(next) => override(reply, next)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <LoadMoreButton list={list} />
    </div>
  );
}
