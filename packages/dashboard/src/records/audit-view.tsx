import { useState, type FormEvent } from 'react';
import type { AuditFilter } from '../api-types.js';
import { LoadMoreButton, PagedListNotices } from '../paged-list-notices.js';
import { usePagedList } from '../use-paged-list.js';
import { AuditTable } from './audit-table.js';
import { auditSinceFromInput } from '../audit-since.js';

/** Audit search by agent, action and start time (SPEC §13/§14). */
export function AuditView() {
  const [draft, setDraft] = useState({ agent: '', action: '', since: '' });
  const [filter, setFilter] = useState<AuditFilter>({});
  const list = usePagedList(
    (api, cursor) => api.searchAudit({ ...filter, ...(cursor ? { cursor } : {}) }),
    JSON.stringify(filter),
  );
  function search(event: FormEvent) {
    event.preventDefault();
    const since = auditSinceFromInput(draft.since);
    setFilter({
      ...(draft.agent.trim() ? { agent: draft.agent.trim() } : {}),
      ...(draft.action.trim() ? { action: draft.action.trim() } : {}),
      ...(since ? { since } : {}),
    });
  }
  return (
    <div>
      <h1>Audit</h1>
      <form className="toolbar" onSubmit={search} aria-label="Search the audit trail">
        <label>
          Agent <input value={draft.agent} onChange={(event) => setDraft({ ...draft, agent: event.target.value })} />
        </label>
        <label>
          Action <input value={draft.action} onChange={(event) => setDraft({ ...draft, action: event.target.value })} />
        </label>
        <label>
          Since (UTC){' '}
          <input
            type="datetime-local"
            value={draft.since}
            onChange={(event) => setDraft({ ...draft, since: event.target.value })}
          />
        </label>
        <button type="submit">Search</button>
      </form>
      <PagedListNotices list={list} what="audit events" empty="No audit events match." />
      {list.status === 'ready' && list.items.length > 0 ? <AuditTable events={list.items} /> : null}
      <LoadMoreButton list={list} />
    </div>
  );
}
