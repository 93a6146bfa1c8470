import { useCallback, useEffect, useState } from 'react';
import type { ApprovalItem, ApprovalStatus, DraftEdit, RatingScores, RatingSummary, Tier } from '../api-types.js';
import { approvalStatuses, tiers } from '../api-types.js';
import type { ApiError } from '../api-error.js';
import { useApi } from '../api-context.js';
import { leadDisplayName } from '../lead-name.js';
import { moveSelection, queueActionForKey } from '../queue-shortcuts.js';
import { FilterSelect } from '../filter-select.js';
import { LoadMoreButton, PagedListNotices } from '../paged-list-notices.js';
import { ErrorNotice } from '../status-notices.js';
import { useApiFailure } from '../use-api-failure.js';
import { usePagedList } from '../use-paged-list.js';
import { ApprovalDetail, type DetailPanel } from './approval-detail.js';
import { ShortcutHelp } from './shortcut-help.js';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable;
}

/**
 * The approval queue (SPEC §3.6, §14): filter by status and tier, pick an item (j/k), then approve
 * (a), reject with a reason (r) or edit (e); `?` shows the shortcuts. A 409 means someone else
 * decided first: the queue reloads.
 */
export function ApprovalQueue() {
  const { client } = useApi();
  const toFailure = useApiFailure();
  const [status, setStatus] = useState<ApprovalStatus>('pending');
  const [tier, setTier] = useState<Tier | ''>('');
  const list = usePagedList(
    (api, cursor) => api.listApprovals({ status, ...(tier ? { tier } : {}), ...(cursor ? { cursor } : {}) }),
    `${status}|${tier}`,
  );
  const [selected, setSelected] = useState(0);
  const [panel, setPanel] = useState<DetailPanel>('none');
  const [help, setHelp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [ratingSummary, setRatingSummary] = useState<RatingSummary | null>(null);
  const item: ApprovalItem | undefined = list.items[selected];

  useEffect(() => {
    setSelected(0);
  }, [status, tier]);
  useEffect(() => {
    setPanel('none');
    setRatingSummary(null);
    setActionError(null);
  }, [item?.id]);

  const act = useCallback(
    async (run: () => Promise<string>) => {
      setBusy(true);
      setActionError(null);
      try {
        setMessage(await run());
        setPanel('none');
      } catch (caught) {
        const error = toFailure(caught);
        setActionError(error);
        if (error.isStale) list.reload();
      } finally {
        setBusy(false);
      }
    },
    [list, toFailure],
  );

  const replace = useCallback((next: ApprovalItem) => list.replaceItem((entry) => entry.id === next.id, next), [list]);

  const approve = useCallback(() => {
    if (!item || item.status !== 'pending') return;
    void act(async () => {
      replace(await client.approve(item.id));
      setSelected((index) => moveSelection(index, list.items.length, 1));
      return `Approved the draft for ${leadDisplayName(item.lead)}.`;
    });
  }, [act, client, item, list.items.length, replace]);

  const reject = (reason: string) => {
    if (!item) return;
    void act(async () => {
      replace(await client.reject(item.id, reason));
      return `Rejected the draft for ${leadDisplayName(item.lead)}.`;
    });
  };

  const edit = (change: DraftEdit, approveAfter: boolean) => {
    if (!item) return;
    void act(async () => {
      const edited = await client.editDraft(item.draftId, change);
      replace(edited);
      if (!approveAfter) return `Saved the edit for ${leadDisplayName(item.lead)}.`;
      replace(await client.approve(edited.id));
      return `Saved the edit and approved the draft for ${leadDisplayName(item.lead)}.`;
    });
  };

  const rate = (scores: RatingScores) => {
    if (!item) return;
    void act(async () => {
      setRatingSummary(await client.rateDraft(item.draftId, scores));
      return `Rated the draft for ${leadDisplayName(item.lead)}.`;
    });
  };

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        setPanel('none');
        setHelp(false);
        return;
      }
      const action = queueActionForKey({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        inEditableField: isEditable(event.target),
      });
      if (!action || (panel !== 'none' && action !== 'help')) return;
      event.preventDefault();
      if (action === 'next') setSelected((index) => moveSelection(index, list.items.length, 1));
      else if (action === 'previous') setSelected((index) => moveSelection(index, list.items.length, -1));
      else if (action === 'approve') approve();
      else if (action === 'reject' && item?.status === 'pending') setPanel('reject');
      else if (action === 'edit' && item?.status === 'pending') setPanel('edit');
      else if (action === 'help') setHelp((shown) => !shown);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [approve, item, list.items.length, panel]);

  return (
    <div className="queue">
      <div className="toolbar">
        <h1>Approval queue</h1>
        <FilterSelect<ApprovalStatus>
          label="Status"
          value={status}
          options={approvalStatuses}
          onChange={(next) => {
            if (next) setStatus(next);
          }}
        />
        <FilterSelect<Tier> label="Tier" value={tier} options={tiers} onChange={setTier} allLabel="all" />
        <button type="button" onClick={() => setHelp((shown) => !shown)} aria-expanded={help}>
          Shortcuts <kbd>?</kbd>
        </button>
      </div>
      {help ? <ShortcutHelp onClose={() => setHelp(false)} /> : null}
      <p className="live" role="status" aria-live="polite">
        {message}
      </p>
      {actionError ? <ErrorNotice error={actionError} /> : null}
      <PagedListNotices
        list={list}
        what="the approval queue"
        empty={`Nothing ${status} here. New drafts appear after a pipeline run.`}
      />
      {list.status === 'ready' && list.items.length > 0 ? (
        <div className="queue-layout">
          <div className="queue-list">
            <ol aria-label="Approvals">
              {list.items.map((entry, index) => (
                <li key={entry.id}>
                  <button
                    type="button"
                    className="queue-item"
                    aria-current={index === selected ? 'true' : undefined}
                    onClick={() => setSelected(index)}
                  >
                    <span className="queue-name">{leadDisplayName(entry.lead)}</span>
                    <span className="hint">
                      {entry.lead.companyName ?? '—'} · {entry.lead.tier ?? 'untiered'} · {entry.score?.score ?? '—'}
                    </span>
                    <span className={`badge status-${entry.status}`}>{entry.status}</span>
                  </button>
                </li>
              ))}
            </ol>
            <LoadMoreButton list={list} />
          </div>
          {item ? (
            <ApprovalDetail
              item={item}
              panel={panel}
              busy={busy}
              nowMs={Date.now()}
              ratingSummary={ratingSummary}
              onPanel={setPanel}
              onApprove={approve}
              onReject={reject}
              onEdit={edit}
              onRate={rate}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
