import { formatUtc } from '../format-utc.js';
import { LoadMoreButton, PagedListNotices } from '../paged-list-notices.js';
import { usePagedList } from '../use-paged-list.js';

/** Pipeline runs, newest first as the server lists them, with their main counts. */
export function RunsView() {
  const list = usePagedList((api, cursor) => api.listRuns(cursor), 'runs');
  return (
    <div>
      <h1>Runs</h1>
      <PagedListNotices list={list} what="runs" empty="No runs yet. Start one with caio run --input leads.csv." />
      {list.status === 'ready' && list.items.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Finished</th>
              <th scope="col">Source</th>
              <th scope="col">Mode</th>
              <th scope="col">Status</th>
              <th scope="col" className="number">
                Imported
              </th>
              <th scope="col" className="number">
                Drafted
              </th>
              <th scope="col" className="number">
                Queued
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((run) => (
              <tr key={run.id}>
                <td>{formatUtc(run.startedAt)}</td>
                <td>{formatUtc(run.finishedAt)}</td>
                <td>{run.source}</td>
                <td>{run.mode}</td>
                <td>
                  <span className={`badge ${run.status === 'PASS' ? 'ok' : run.status === 'FAIL' ? 'bad' : ''}`}>
                    {run.status}
                  </span>
                </td>
                <td className="number">{run.counts?.imported ?? '—'}</td>
                <td className="number">{run.counts?.drafted ?? '—'}</td>
                <td className="number">{run.counts?.queuedForApproval ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <LoadMoreButton list={list} />
    </div>
  );
}
