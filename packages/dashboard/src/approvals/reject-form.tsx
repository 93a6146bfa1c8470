import { useState, type FormEvent } from 'react';

/** Rejection needs a reason (SPEC §3.6): it feeds rejection memory and learning. */
export function RejectForm({
  busy,
  onReject,
  onCancel,
}: {
  busy: boolean;
  onReject: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim()) onReject(reason.trim());
  }
  return (
    <form className="panel" onSubmit={submit} aria-label="Reject draft">
      <label htmlFor="reject-reason">Reason for rejecting</label>
      <textarea
        id="reject-reason"
        rows={3}
        autoFocus
        required
        maxLength={2000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="actions">
        <button type="submit" className="danger" disabled={busy || !reason.trim()}>
          Reject
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
