import { createHash } from 'node:crypto';
import type { Lead } from '../../domain/lead.js';
import type { OutboxMessage, StoredDraft } from '../../ports/pipeline-store.js';
import { art14Notice, createUnsubscribeToken, unsubscribeUrl, withArt14Notice } from '../../compliance/index.js';
import { applyClickTracking, buildTrackedHtmlAlternative, openPixelUrl } from '../../outbound/tracking/index.js';
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

/** What rendering an outbox message needs (a slice of the pipeline's dependencies). */
export type OutboxRenderingDependencies = Pick<
  PipelineDependencies,
  'sender' | 'unsubscribe' | 'renderer' | 'clock' | 'newId' | 'privacyNotice' | 'tracking'
>;

/**
 * Re-rendering for delivery: the send worker sends from the mailbox the send policy reserved
 * (SPEC §3.7 mailbox rotation) and keeps the Message-ID already in the thread ledger.
 */
export interface OutboxRenderingOverrides {
  fromAddress?: string;
  messageId?: string;
  /** The existing row id (tracking tokens bind it). */
  outboxId?: string;
  /**
   * Follow-ups (sequence step > 1) join the lead's thread: In-Reply-To is the last message we sent,
   * References the whole chain, oldest first (RFC 5322 §3.6.4; specs/threading.md). A conversation
   * message answers the prospect's message (`inReplyTo` null when it is unknown: the thread key only).
   * Without it, a conversation draft's own thread is used.
   */
  thread?: { threadKey: string; inReplyTo: string | null; references: readonly string[] };
}

/** The thread a conversation draft answers, as rendering overrides (none for cadence drafts). */
function conversationThread(draft: StoredDraft): OutboxRenderingOverrides['thread'] {
  const conversation = draft.conversation;
  if (!conversation) return undefined;
  return {
    threadKey: conversation.threadKey,
    inReplyTo: conversation.inReplyTo,
    references: conversation.references,
  };
}

/**
 * Renders a draft as the complete RFC 5322 message we would send (Message-ID, both List-Unsubscribe
 * headers, body with footer) and wraps it as an outbox row (= thread ledger, ARCHITECTURE.md).
 */
export async function renderOutboxMessage(
  payload: SendDraftPayload,
  status: OutboxMessage['status'],
  idempotencyKey: string,
  dependencies: OutboxRenderingDependencies,
  overrides: OutboxRenderingOverrides = {},
): Promise<OutboxMessage> {
  const { draft, lead } = payload;
  const { unsubscribe, renderer, clock, newId } = dependencies;
  const sender = { ...dependencies.sender, email: overrides.fromAddress ?? dependencies.sender.email };
  const recipient = lead.email as string;
  const variant = chooseSubjectVariant(lead.id);
  const subject =
    variant === 'A' ? (draft.edited.subjectA ?? draft.subjectA) : (draft.edited.subjectB ?? draft.subjectB);
  const now = clock.now();
  const token = createUnsubscribeToken(unsubscribe.secret, recipient, coldOutreachList, { issuedAt: now });
  const messageId = overrides.messageId ?? `<${newId()}@${domainOf(sender.email)}>`;
  const displayName = [lead.firstName, lead.lastName].filter(Boolean).join(' ');
  const outboxId = overrides.outboxId ?? newId();
  const listUnsubscribeUrl = unsubscribeUrl(unsubscribe.baseUrl, token);
  const body = composeBody(payload, { ...dependencies, outboxId, listUnsubscribeUrl });
  const thread = overrides.thread ?? conversationThread(draft);
  const calendar = draft.conversation?.calendar;
  const rendered = await renderer.render({
    from: { name: sender.name, address: sender.email },
    to: displayName ? { name: displayName, address: recipient } : recipient,
    ...(sender.replyTo ? { replyTo: sender.replyTo } : {}),
    subject,
    text: body.text,
    ...(body.html === undefined ? {} : { html: body.html }),
    messageId,
    ...(thread?.inReplyTo ? { inReplyTo: thread.inReplyTo, references: thread.references } : {}),
    listUnsubscribeUrl,
    ...(unsubscribe.mailto ? { listUnsubscribeMailto: unsubscribe.mailto } : {}),
    date: now,
    headers: { ...draft.conversation?.headers, 'X-Caio-Draft': draft.id, 'X-Caio-Subject-Variant': variant },
    ...(calendar ? { calendar } : {}),
  });
  return {
    id: outboxId,
    idempotencyKey,
    messageId: rendered.messageId,
    wireMessageId: null,
    threadKey: thread?.threadKey ?? rendered.messageId,
    sequenceStep: draft.sequenceStep,
    inReplyTo: thread?.inReplyTo ?? null,
    references: thread?.inReplyTo ? [...thread.references] : [],
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

/**
 * The body as sent: the approved text, plus the EM-8 GDPR Art. 14 notice on first touches to
 * EU/EEA/UK recipients (and unknown countries, fail-safe), with click tracking and an HTML
 * alternative carrying the open pixel only when `tracking` turns them on (SPEC §4; off by default).
 */
function composeBody(
  payload: SendDraftPayload,
  context: OutboxRenderingDependencies & { outboxId: string; listUnsubscribeUrl: string },
): { text: string; html?: string } {
  const { draft, lead } = payload;
  let text = draft.edited.body ?? draft.body;
  if (draft.sequenceStep === 1 && context.privacyNotice) {
    const notice = art14Notice(lead.country, { ...context.privacyNotice, optOutUrl: context.listUnsubscribeUrl });
    text = withArt14Notice(text, notice);
  }
  const tracking = context.tracking;
  if (!tracking?.baseUrl) return { text };
  const link = { baseUrl: tracking.baseUrl, secret: tracking.secret, outboxId: context.outboxId };
  if (tracking.clicks) text = applyClickTracking(text, link);
  if (!tracking.opens) return { text };
  return { text, html: buildTrackedHtmlAlternative(text, openPixelUrl(link)) };
}
