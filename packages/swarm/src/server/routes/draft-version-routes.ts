import type { Hono } from 'hono';
import { CaioError } from '../../domain/errors.js';
import type { OutboxMessage, StoredDraft } from '../../ports/pipeline-store.js';
import { idPathSchema } from '../api-schemas.js';
import { parseInput } from '../parse-input.js';
import type { ServerDependencies } from '../server-dependencies.js';
import type { ServerEnv } from '../server-env.js';

/** Outbox rows read per lead to find the draft's message; a lead has a handful of steps. */
const outboxRowsPerLead = 200;

function approvedContent(draft: StoredDraft) {
  return {
    subjectA: draft.edited.subjectA ?? draft.subjectA,
    subjectB: draft.edited.subjectB ?? draft.subjectB,
    body: draft.edited.body ?? draft.body,
  };
}

function sentRecord(message: OutboxMessage | undefined) {
  return message ? { subject: message.subject, messageId: message.messageId, status: message.status } : null;
}

/**
 * `GET /api/drafts/{id}/versions` (issue 3: "three records per message — proposed, approved, sent —
 * shown as a diff"): `proposed` is the agent's text; `approved` is what the human approved (the edit
 * when there is one, else the proposal; an edit after approval reopens the approval, so the current
 * edit is the approved one) or null while undecided/rejected; `sent` is the draft's outbox row
 * (`status` says shadow, queued, sent or failed) or null. Any token may read it.
 */
export function registerDraftVersionRoutes(app: Hono<ServerEnv>, dependencies: ServerDependencies): void {
  app.get('/api/drafts/:id/versions', async (context) => {
    const { id } = parseInput(idPathSchema, context.req.param(), 'path');
    const draft = await dependencies.store.drafts.findById(id);
    if (!draft) throw new CaioError('not_found', `No draft ${id}.`);
    const entry = await dependencies.desk.findQueueEntryByDraft(id);
    const approved = entry
      ? entry.approval.status === 'approved'
      : draft.status === 'approved' || draft.status === 'sent';
    const outbox = await dependencies.store.outbox.list({ leadId: draft.leadId, limit: outboxRowsPerLead });
    return context.json({
      draftId: id,
      proposed: { subjectA: draft.subjectA, subjectB: draft.subjectB, body: draft.body },
      approved: approved ? approvedContent(draft) : null,
      sent: sentRecord(outbox.find((message) => message.draftId === id)),
    });
  });
}
