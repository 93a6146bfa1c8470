import { useState } from 'react';
import type { Tier } from '../api-types.js';
import { leadStatuses, tiers } from '../api-types.js';
import { FilterSelect } from '../filter-select.js';
import { leadDisplayName } from '../lead-name.js';
import { LoadMoreButton, PagedListNotices } from '../paged-list-notices.js';
import { routeHash } from '../route.js';
import { usePagedList } from '../use-paged-list.js';

/** Leads with tier and status filters (SPEC §14); each row opens the lead with "why this score" and its timeline. */
export function LeadsView() {
  const [tier, setTier] = useState<Tier | ''>('');
  const [status, setStatus] = useState('');
  const list = usePagedList(
    (api, cursor) =>
      api.listLeads({ ...(tier ? { tier } : {}), ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) }),
    `${tier}|${status}`,
  );
  return (
    <div>
      <div className="toolbar">
        <h1>Leads</h1>
        <FilterSelect<Tier> label="Tier" value={tier} options={tiers} onChange={setTier} allLabel="all" />
        <FilterSelect label="Status" value={status} options={leadStatuses} onChange={setStatus} allLabel="all" />
      </div>
      <PagedListNotices list={list} what="leads" empty="No leads match. Import some with caio run --input leads.csv." />
      {list.status === 'ready' && list.items.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Title</th>
              <th scope="col">Company</th>
              <th scope="col">Tier</th>
              <th scope="col" className="number">
                Score
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((lead) => (
              <tr key={lead.id}>
                <td>
                  <a href={routeHash({ view: 'lead', leadId: lead.id })}>{leadDisplayName(lead)}</a>
                </td>
                <td>{lead.title ?? '—'}</td>
                <td>{lead.companyName ?? '—'}</td>
                <td>
                  {lead.tier ?? (lead.disqualificationRule ? `disqualified (${lead.disqualificationRule})` : '—')}
                </td>
                <td className="number">{lead.score ?? '—'}</td>
                <td>{lead.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <LoadMoreButton list={list} />
    </div>
  );
}
