import { DraftPreview } from '../approvals/draft-preview.js';
import { ScoreBreakdown } from '../approvals/score-explanation.js';
import { formatUtc } from '../format-utc.js';
import { leadDisplayName } from '../lead-name.js';
import { routeHash } from '../route.js';
import { EmptyState, ErrorNotice, Loading } from '../status-notices.js';
import { useResource } from '../use-resource.js';
import { AuditTable } from '../records/audit-table.js';

/** One lead: profile, "why this score", its drafts and its timeline from the audit trail (SPEC §14). */
export function LeadView({ leadId }: { leadId: string }) {
  const detail = useResource((api) => api.getLead(leadId), leadId);
  if (detail.status === 'loading') return <Loading what="the lead" />;
  if (detail.status === 'error') return <ErrorNotice error={detail.error} onRetry={detail.reload} />;
  const { lead, score, drafts, timeline, enrichment } = detail.data;
  return (
    <article className="lead">
      <p>
        <a href={routeHash({ view: 'leads' })}>← All leads</a>
      </p>
      <h1>{leadDisplayName(lead)}</h1>
      <dl className="facts">
        <dt>Title</dt>
        <dd>{lead.title ?? '—'}</dd>
        <dt>Company</dt>
        <dd>
          {lead.companyName ?? '—'} {lead.companyDomain ? `(${lead.companyDomain})` : ''}
        </dd>
        <dt>Email</dt>
        <dd>{lead.email ?? '—'}</dd>
        <dt>Status</dt>
        <dd>{lead.status}</dd>
        <dt>Source</dt>
        <dd>{lead.source}</dd>
        <dt>Enriched by</dt>
        <dd>
          {enrichment
            ? `${enrichment.provider ?? 'no provider'} at ${formatUtc(enrichment.fetchedAt)}`
            : 'not enriched'}
        </dd>
        {lead.lastError ? (
          <>
            <dt>Last error</dt>
            <dd>{lead.lastError}</dd>
          </>
        ) : null}
      </dl>
      <ScoreBreakdown score={score} />
      <h2>Drafts</h2>
      {drafts.length === 0 ? <EmptyState>No drafts for this lead.</EmptyState> : null}
      {drafts.map((draft) => (
        <div key={draft.id} className="panel">
          <p className="hint">
            {draft.status} · created {formatUtc(draft.createdAt)}
          </p>
          <DraftPreview draft={draft} />
        </div>
      ))}
      <h2>Timeline</h2>
      {timeline.length === 0 ? (
        <EmptyState>Nothing recorded for this lead yet.</EmptyState>
      ) : (
        <AuditTable events={timeline} />
      )}
    </article>
  );
}
