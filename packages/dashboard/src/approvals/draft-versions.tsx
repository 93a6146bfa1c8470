import type { DraftContent } from '../api-types.js';
import { ErrorNotice, Loading } from '../status-notices.js';
import { useResource } from '../use-resource.js';
import { lineDiff } from './line-diff.js';

function DiffBlock({ label, before, after }: { label: string; before: string; after: string }) {
  return (
    <pre className="mono diff" aria-label={label}>
      {lineDiff(before, after).map((line, index) => (
        <div key={index} className={`diff-${line.kind}`}>
          {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '- ' : '  '}
          {line.text}
        </div>
      ))}
    </pre>
  );
}

function ApprovedDiff({ proposed, approved }: { proposed: DraftContent; approved: DraftContent }) {
  const subjects = (content: DraftContent) => `A: ${content.subjectA}\nB: ${content.subjectB}`;
  return (
    <>
      <DiffBlock label="Subjects: proposed vs approved" before={subjects(proposed)} after={subjects(approved)} />
      <DiffBlock label="Body: proposed vs approved" before={proposed.body} after={approved.body} />
    </>
  );
}

/**
 * The "Versions" section of a draft (issue 3: three records per message — proposed by the agent,
 * approved after human edits, sent — shown as a diff). Reloads when `reloadKey` changes (a decision
 * or an edit).
 */
export function DraftVersionsView({ draftId, reloadKey }: { draftId: string; reloadKey: string }) {
  const versions = useResource((api) => api.getDraftVersions(draftId), reloadKey);
  return (
    <section className="draft-versions" aria-label="Versions" data-testid="draft-versions">
      <h3>Versions</h3>
      {versions.status === 'loading' ? <Loading what="the versions" /> : null}
      {versions.status === 'error' ? <ErrorNotice error={versions.error} onRetry={versions.reload} /> : null}
      {versions.status === 'ready' ? (
        <>
          {versions.data.approved ? (
            <ApprovedDiff proposed={versions.data.proposed} approved={versions.data.approved} />
          ) : (
            <p className="hint">Not approved yet: only the agent's proposal exists.</p>
          )}
          <p className="hint" data-testid="sent-version">
            Sent:{' '}
            {versions.data.sent
              ? `“${versions.data.sent.subject}” (${versions.data.sent.status}, ${versions.data.sent.messageId})`
              : 'nothing yet'}
          </p>
        </>
      ) : null}
    </section>
  );
}
