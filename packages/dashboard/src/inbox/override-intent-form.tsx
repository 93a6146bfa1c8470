import { useState, type FormEvent } from 'react';
import { inboxIntents, type InboxIntent, type InboxReply } from '../api-types.js';

/**
 * The override control (SPEC §4 "override"): pick the right intent and save it. The server audits the
 * change under the token's name and clears needs-review; viewers get a 403 shown by the parent.
 */
export function OverrideIntentForm({
  reply,
  busy,
  onOverride,
}: {
  reply: InboxReply;
  busy: boolean;
  onOverride: (intent: InboxIntent) => void;
}) {
  const [intent, setIntent] = useState<InboxIntent>(reply.intent);
  const selectId = `override-${reply.id}`;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (intent !== reply.intent) onOverride(intent);
  }
  return (
    <form className="override-form" onSubmit={submit} aria-label={`Override intent of reply ${reply.id}`}>
      <label htmlFor={selectId} className="visually-hidden">
        Correct intent
      </label>
      <select id={selectId} value={intent} onChange={(event) => setIntent(event.target.value as InboxIntent)}>
        {inboxIntents.map((value) => (
          <option key={value}>{value}</option>
        ))}
      </select>
      <button type="submit" disabled={busy || intent === reply.intent}>
        {busy ? 'Saving…' : 'Override'}
      </button>
    </form>
  );
}
