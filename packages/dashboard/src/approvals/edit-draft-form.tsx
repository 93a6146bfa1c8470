import { useState, type FormEvent } from 'react';
import type { DraftEdit, DraftView } from '../api-types.js';
import { changedFields } from '../changed-fields.js';

/**
 * Edits a draft's subjects and body (SPEC §3.6 "edit then approve"). The server rebinds the approval
 * to the new content, so an approval always covers exactly what is sent.
 */
export function EditDraftForm({
  draft,
  busy,
  onSave,
  onCancel,
}: {
  draft: DraftView;
  busy: boolean;
  onSave: (edit: DraftEdit, approveAfter: boolean) => void;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState({ subjectA: draft.subjectA, subjectB: draft.subjectB, body: draft.body });
  const change = changedFields(draft, fields);
  const unchanged = Object.keys(change).length === 0;
  const blank = !fields.subjectA.trim() || !fields.subjectB.trim() || !fields.body.trim();

  function submit(event: FormEvent, approveAfter: boolean) {
    event.preventDefault();
    if (!unchanged && !blank) onSave(change, approveAfter);
  }

  return (
    <form className="panel edit-form" onSubmit={(event) => submit(event, false)} aria-label="Edit draft">
      <label htmlFor="edit-subject-a">Subject A</label>
      <input
        id="edit-subject-a"
        autoFocus
        maxLength={300}
        value={fields.subjectA}
        onChange={(event) => setFields({ ...fields, subjectA: event.target.value })}
      />
      <label htmlFor="edit-subject-b">Subject B</label>
      <input
        id="edit-subject-b"
        maxLength={300}
        value={fields.subjectB}
        onChange={(event) => setFields({ ...fields, subjectB: event.target.value })}
      />
      <label htmlFor="edit-body">Body (plain text, with footer)</label>
      <textarea
        id="edit-body"
        className="mono"
        rows={14}
        value={fields.body}
        onChange={(event) => setFields({ ...fields, body: event.target.value })}
      />
      <div className="actions">
        <button type="submit" disabled={busy || unchanged || blank}>
          Save edit
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || unchanged || blank}
          onClick={(event) => submit(event, true)}
        >
          Save and approve
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
