import type { ApprovalItem, DraftEdit, RatingScores, RatingSummary } from '../api-types.js';
import { leadDisplayName } from '../lead-name.js';
import { routeHash } from '../route.js';
import { DraftPreview } from './draft-preview.js';
import { DraftVersionsView } from './draft-versions.js';
import { EditDraftForm } from './edit-draft-form.js';
import { GuardVerdictView } from './guard-verdict.js';
import { RatingForm } from './rating-form.js';
import { RejectForm } from './reject-form.js';
import { EvidenceList, ScoreBreakdown } from './score-explanation.js';

/** Which form is open under the draft. */
export type DetailPanel = 'none' | 'reject' | 'edit';

/** Everything a reviewer needs to decide one approval, and the decision buttons. */
export function ApprovalDetail(props: {
  item: ApprovalItem;
  panel: DetailPanel;
  busy: boolean;
  nowMs: number;
  ratingSummary: RatingSummary | null;
  onPanel: (panel: DetailPanel) => void;
  onApprove: () => void;
  onReject: (reason: string) => void;
  onEdit: (edit: DraftEdit, approveAfter: boolean) => void;
  onRate: (scores: RatingScores) => void;
}) {
  const { item, panel, busy } = props;
  const pending = item.status === 'pending';
  return (
    <article className="approval-detail" aria-labelledby="detail-heading">
      <header>
        <h2 id="detail-heading">
          <a href={routeHash({ view: 'lead', leadId: item.lead.id })}>{leadDisplayName(item.lead)}</a>
          <span className={`badge status-${item.status}`} data-testid="approval-status">
            {item.status}
          </span>
        </h2>
        <p className="hint">
          {[item.lead.title, item.lead.companyName, item.lead.email].filter(Boolean).join(' · ')} · {item.action} (
          {item.approvalClass})
        </p>
        {item.reason ? <p className="hint">Reason: {item.reason}</p> : null}
      </header>
      {pending ? (
        <div className="actions" role="group" aria-label="Decision">
          <button type="button" className="primary" disabled={busy} onClick={props.onApprove}>
            Approve <kbd>a</kbd>
          </button>
          <button type="button" className="danger" disabled={busy} onClick={() => props.onPanel('reject')}>
            Reject… <kbd>r</kbd>
          </button>
          <button type="button" disabled={busy} onClick={() => props.onPanel('edit')}>
            Edit… <kbd>e</kbd>
          </button>
        </div>
      ) : null}
      {panel === 'reject' && pending ? (
        <RejectForm busy={busy} onReject={props.onReject} onCancel={() => props.onPanel('none')} />
      ) : null}
      {panel === 'edit' && pending ? (
        <EditDraftForm draft={item.draft} busy={busy} onSave={props.onEdit} onCancel={() => props.onPanel('none')} />
      ) : null}
      <DraftPreview draft={item.draft} />
      <DraftVersionsView
        draftId={item.draftId}
        reloadKey={`${item.draftId}:${item.status}:${item.draft.contentHash}`}
      />
      <div className="columns">
        <div>
          <ScoreBreakdown score={item.score} />
          <GuardVerdictView guards={item.guards} />
        </div>
        <div>
          <EvidenceList evidence={item.evidence} nowMs={props.nowMs} />
          <RatingForm key={item.draftId} busy={busy} summary={props.ratingSummary} onRate={props.onRate} />
        </div>
      </div>
    </article>
  );
}
