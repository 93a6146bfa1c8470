import { useState } from 'react';
import type { Batch, ExecutedBatch, FrozenBatch, Tier } from '../api-types.js';
import { tiers } from '../api-types.js';
import type { ApiError } from '../api-error.js';
import { useApi } from '../api-context.js';
import { FilterSelect } from '../filter-select.js';
import { formatUtc } from '../format-utc.js';
import { leadDisplayName } from '../lead-name.js';
import { EmptyState, ErrorNotice } from '../status-notices.js';
import { useApiFailure } from '../use-api-failure.js';

/**
 * Batch approval (SPEC §3.6) in three explicit steps: preview freezes the scope (exact items, a
 * preview hash and an expiry); approve quotes that hash; execute runs once. The reviewer sees exactly
 * which drafts the batch covers before approving it.
 */
export function BatchReview() {
  const { client } = useApi();
  const toFailure = useApiFailure();
  const [tier, setTier] = useState<Tier | ''>('');
  const [frozen, setFrozen] = useState<FrozenBatch | null>(null);
  const [approved, setApproved] = useState<Batch | null>(null);
  const [executed, setExecuted] = useState<ExecutedBatch | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function step(run: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await run();
    } catch (caught) {
      setError(toFailure(caught));
    } finally {
      setBusy(false);
    }
  }

  const preview = () =>
    step(async () => {
      setApproved(null);
      setExecuted(null);
      setFrozen(await client.createBatch({ status: 'pending', ...(tier ? { tier } : {}) }));
    });
  const approve = (batch: FrozenBatch) =>
    step(async () => setApproved(await client.approveBatch(batch.id, batch.previewHash)));
  const execute = (batch: Batch) => step(async () => setExecuted(await client.executeBatch(batch.id)));

  return (
    <div className="batches">
      <h1>Batch approval</h1>
      <ol className="steps">
        <li className={frozen ? 'done' : 'current'}>1. Preview</li>
        <li className={approved ? 'done' : frozen ? 'current' : ''}>2. Approve</li>
        <li className={executed ? 'done' : approved ? 'current' : ''}>3. Execute</li>
      </ol>
      <div className="toolbar">
        <FilterSelect<Tier>
          label="Tier"
          value={tier}
          options={tiers}
          onChange={setTier}
          allLabel="all tiers"
          disabled={busy}
        />
        <button type="button" onClick={preview} disabled={busy}>
          Preview batch of pending drafts
        </button>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      {frozen && frozen.items.length === 0 ? <EmptyState>No pending drafts match this filter.</EmptyState> : null}
      {frozen && frozen.items.length > 0 ? (
        <section aria-label="Batch preview" className="panel">
          <p>
            <strong data-testid="batch-count">{frozen.items.length}</strong> drafts frozen · preview hash{' '}
            <code title={frozen.previewHash}>{frozen.previewHash.slice(0, 12)}…</code> · expires{' '}
            {formatUtc(frozen.expiresAt)}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Lead</th>
                <th scope="col">Company</th>
                <th scope="col">Tier</th>
                <th scope="col">Subject A</th>
              </tr>
            </thead>
            <tbody>
              {frozen.items.map((entry) => (
                <tr key={entry.id}>
                  <td>{leadDisplayName(entry.lead)}</td>
                  <td>{entry.lead.companyName ?? '—'}</td>
                  <td>{entry.lead.tier ?? '—'}</td>
                  <td className="mono">{entry.draft.subjectA}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => approve(frozen)}
              disabled={busy || approved !== null}
            >
              Approve this batch
            </button>
            {approved ? (
              <button
                type="button"
                className="primary"
                onClick={() => execute(approved)}
                disabled={busy || executed !== null}
              >
                Execute batch
              </button>
            ) : null}
          </div>
          {approved && !executed ? (
            <p role="status" className="notice notice-ok">
              Batch approved. Execute it before {formatUtc(approved.expiresAt)}.
            </p>
          ) : null}
        </section>
      ) : null}
      {executed ? (
        <section aria-label="Batch result" className="panel" role="status">
          <p className="notice notice-ok" data-testid="batch-result">
            Executed: {executed.approved.length} approved, {executed.skipped.length} skipped
            {executed.executedNow ? '' : ' (this batch had already run; nothing was sent again)'}.
          </p>
          {executed.skipped.length ? (
            <ul>
              {executed.skipped.map((skip) => (
                <li key={skip.approvalId}>
                  <code>{skip.approvalId}</code>: {skip.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
