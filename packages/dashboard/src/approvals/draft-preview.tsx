import type { DraftView } from '../api-types.js';

/**
 * The draft exactly as it will be sent: both subject variants and the plain-text body with its
 * signature and footer, in monospace with whitespace kept. React escapes every string, so markup in
 * a draft shows as text and never renders.
 */
export function DraftPreview({ draft }: { draft: DraftView }) {
  return (
    <section className="draft-preview" aria-label="Draft as it will be sent">
      <dl className="subjects">
        <dt>Subject A</dt>
        <dd className="mono" data-testid="subject-a">
          {draft.subjectA}
        </dd>
        <dt>Subject B</dt>
        <dd className="mono" data-testid="subject-b">
          {draft.subjectB}
        </dd>
      </dl>
      <pre className="mono body" data-testid="draft-body">
        {draft.body}
      </pre>
      <p className="hint">
        Step {draft.sequenceStep} · angle <code>{draft.angleId}</code>
        {draft.edited ? ' · edited by a reviewer' : ''}
      </p>
    </section>
  );
}
