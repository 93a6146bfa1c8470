import { createHash } from 'node:crypto';
import type { Lead } from '../../domain/lead.js';
import type { OutboxMessage, StoredDraft } from '../../ports/pipeline-store.js';
import { createUnsubscribeToken, unsubscribeUrl } from '../../compliance/index.js';
import { coldOutreachList } from './craft-chunk.js';
import type { PipelineDependencies } from './pipeline-dependencies.js';

/** What a send request carries: the draft and its lead. */
export interface SendDraftPayload {
  draft: StoredDraft;
  lead: Lead;
}

/**
 * The A/B subject for a lead: a deterministic split on the lead id (first byte of its SHA-256 even →
 * A), so a re-render picks the same variant and the split is ~50/50.
 */
export function chooseSubjectVariant(leadId: string): 'A' | 'B' {
  const firstByte = createHash('sha256').update(leadId).digest()[0] ?? 0;
  return firstByte % 2 === 0 ? 'A' : 'B';
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1) || 'localhost';
}

/**
 * Renders a draft as the complete RFC 5322 message we would send (Message-ID, both List-Unsubscribe
 * headers, body with footer) and wraps it as an outbox row (= thread ledger, ARCHITECTURE.md).
 */
export async function renderOutboxMessage(
  payload: SendDraftPayload,
  status: OutboxMessage['status'],
  idempotencyKey: string,
  dependencies: PipelineDependencies,
): Promise<OutboxMessage> {
  const { draft, lead } = payload;
  const { sender, unsubscribe, renderer, clock, newId } = dependencies;
  const recipient = lead.email as string;
  const variant = chooseSubjectVariant(lead.id);
  const subject =
    variant === 'A' ? (draft.edited.subjectA ?? draft.subjectA) : (draft.edited.subjectB ?? draft.subjectB);
  const now = clock.now();
  const token = createUnsubscribeToken(unsubscribe.secret, recipient, coldOutreachList, { issuedAt: now });
  const messageId = `<${newId()}@${domainOf(sender.email)}>`;
  const displayName = [lead.firstName, lead.lastName].filter(Boolean).join(' ');
  const rendered = await renderer.render({
    from: { name: sender.name, address: sender.email },
    to: displayName ? { name: displayName, address: recipient } : recipient,
    ...(sender.replyTo ? { replyTo: sender.replyTo } : {}),
    subject,
    text: draft.edited.body ?? draft.body,
    messageId,
    listUnsubscribeUrl: unsubscribeUrl(unsubscribe.baseUrl, token),
    ...(unsubscribe.mailto ? { listUnsubscribeMailto: unsubscribe.mailto } : {}),
    date: now,
    headers: { 'X-Caio-Draft': draft.id, 'X-Caio-Subject-Variant': variant },
  });
  return {
    id: newId(),
    idempotencyKey,
    messageId: rendered.messageId,
    wireMessageId: null,
    threadKey: rendered.messageId,
    sequenceStep: draft.sequenceStep,
    inReplyTo: null,
    references: [],
    leadId: lead.id,
    draftId: draft.id,
    mailbox: sender.email,
    recipient,
    subject,
    channel: 'email',
    status,
    raw: rendered.raw,
  };
}
