import type { InboundEmail } from '../../ports/inbox-reader.js';
import type { InboundReplyRecord, InboundReplyStore } from '../../ports/inbound-reply-store.js';
import type { LeadRepository } from '../../ports/pipeline-store.js';
import type { SchedulingConversationStatus } from '../../ports/scheduling-conversation-store.js';
import {
  classifyIntent,
  detectAutoSignals,
  extractVisibleReply,
  parseEmail,
  resolveThread,
  type IntentResult,
  type ThreadLedger,
} from '../../threading/index.js';
import { detectMeetingChangeRequest } from '../../scheduling/conversation/index.js';
import { executeReplyRoute, type ReplyRouteDependencies } from './execute-reply-route.js';
import type { LayeredIntentResult, ReplyIntentClassifier } from './layered-intent-result.js';
import type { ReplyAction } from './reply-action.js';
import { routeReply } from './route-reply.js';

/** What handling one inbound message needs, on top of the routing executor's dependencies. */
export interface InboundEmailDependencies extends ReplyRouteDependencies {
  leads: ReplyRouteDependencies['leads'] & Pick<LeadRepository, 'findByEmail'>;
  replies: InboundReplyStore;
  /** The store-backed thread ledger (outbox + earlier inbound). */
  ledger: ThreadLedger;
  /** Our mailboxes (never referral contacts; a message from one pauses the thread). */
  ourAddresses: readonly string[];
  /** Our sending domains, lower-cased: a colleague on one of them replying in a thread pauses it (SPEC §7). */
  ourDomains: readonly string[];
  newId: () => string;
  /** Pause length when an out-of-office names no return date, in days. Default 7. */
  outOfOfficeDefaultDays?: number;
  /**
   * Classifies the visible reply (threading spec §7). Default: the rules classifier `classifyIntent`;
   * `createLayeredIntentClassifier` adds the optional model layer (rule 2).
   */
  classifyReplyIntent?: ReplyIntentClassifier;
  /**
   * The status of the lead's latest SCHEDULER conversation when it lives in this thread, else null (issue 7).
   * `awaiting-reply`: the reply is routed as the prospect's answer instead of drafting a COMMUNICATOR reply;
   * `booked`: the reply is read for a request to move or cancel the meeting (`detectMeetingChangeRequest`).
   * Absent: never either.
   */
  schedulingStatusInThread?: (leadId: string, threadKey: string) => Promise<SchedulingConversationStatus | null>;
}

/** How one message ended: newly stored and routed, routed on replay, or already done. */
export type InboundEmailOutcome = {
  status: 'routed' | 'replayed' | 'duplicate';
  reply: InboundReplyRecord;
  notes: string[];
};

/** Which layer decided, stored beside the extraction when a model layer is configured (SPEC §1 principle 6). */
function classificationRecord(intent: Partial<LayeredIntentResult>): Record<string, unknown> {
  if (intent.layer === undefined || intent.layer === 'rules') return {};
  return {
    classification: {
      layer: intent.layer,
      ...(intent.modelSlug ? { model: intent.modelSlug } : {}),
      ...(intent.fallbackReason ? { fallbackReason: intent.fallbackReason } : {}),
    },
  };
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Threads, classifies, stores and routes one inbound message (threading spec §8 pipeline; issue 6
 * "routing"): parse the raw source, detect bounces/auto-replies, resolve the thread against the ledger,
 * extract the visible reply, classify it (`classifyReplyIntent`, default the rules), find the outbox row
 * and lead, plan the routing, store the reply once (dedupe by Message-ID, else mailbox + UIDVALIDITY + UID)
 * with its plan, execute the plan, and mark it routed. A reply stored but not yet routed (a crash in
 * between) is routed from its stored plan; a routed one is skipped. When a model layer decided or fell
 * back, `extracted.classification` records `{layer, model, fallbackReason}` (SPEC §1 principle 6).
 *
 * @throws a store or routing error (the caller keeps the cursor, so the message is read again).
 */
export async function processInboundEmail(
  dependencies: InboundEmailDependencies,
  mailbox: string,
  uidValidity: number,
  email: InboundEmail,
): Promise<InboundEmailOutcome> {
  const parsed = await parseEmail(email.raw);
  const dedupeKey = parsed.messageId ?? email.messageId ?? `uid:${mailbox}:${uidValidity}:${email.uid}`;
  const existing = await dependencies.replies.findByDedupeKey(dedupeKey);
  if (existing?.routedAt) return { status: 'duplicate', reply: existing, notes: [] };
  if (existing) {
    const { notes } = await executeReplyRoute(dependencies, existing, existing.actions as ReplyAction[]);
    await dependencies.replies.markRouted(existing.id, existing.actionTaken ?? 'recorded', dependencies.clock.now());
    return { status: 'replayed', reply: existing, notes };
  }
  const auto = detectAutoSignals(parsed);
  const link = await resolveThread(parsed, dependencies.ledger);
  const visible = extractVisibleReply(parsed);
  const classify = dependencies.classifyReplyIntent ?? classifyIntent;
  const intent: Partial<LayeredIntentResult> & IntentResult = await classify(visible.text, {
    parsed,
    auto,
    ourAddresses: [...dependencies.ourAddresses],
  });
  const threaded = link.method !== 'new-thread';
  const owner = threaded
    ? await dependencies.replies.findThreadOwner({ parentId: link.parentId, threadKey: link.threadKey })
    : null;
  const fromAddress = parsed.from.address;
  const bounced = auto.bounce?.recipients[0]?.address;
  const leadId =
    owner?.leadId ??
    (await dependencies.leads.findByEmail(auto.isBounce && bounced ? bounced : fromAddress))?.id ??
    null;
  const fromUs =
    dependencies.ledger.isOurAddress(fromAddress) || dependencies.ourDomains.includes(domainOf(fromAddress));
  const receivedAt = parsed.date ?? email.date ?? dependencies.clock.now();
  const schedulingStatus =
    leadId !== null && owner !== null && dependencies.schedulingStatusInThread
      ? await dependencies.schedulingStatusInThread(leadId, link.threadKey)
      : null;
  const schedulingAwaitingInThread = schedulingStatus === 'awaiting-reply';
  const bookedMeetingChange = schedulingStatus === 'booked' ? detectMeetingChangeRequest(visible.text) : null;
  const route = routeReply({
    schedulingAwaitingInThread,
    ...(bookedMeetingChange ? { bookedMeetingChange } : {}),
    intent,
    auto,
    fromAddress,
    fromUs,
    leadId,
    threadKey: owner ? link.threadKey : null,
    receivedAt,
    ...(dependencies.outOfOfficeDefaultDays ? { outOfOfficeDefaultDays: dependencies.outOfOfficeDefaultDays } : {}),
  });
  const { reply, inserted } = await dependencies.replies.insertOnce({
    id: dependencies.newId(),
    dedupeKey,
    messageId: parsed.messageId,
    mailbox,
    uid: email.uid,
    threadKey: threaded ? link.threadKey : null,
    parentId: link.parentId,
    threadingMethod: link.method,
    threadingConfidence: link.confidence,
    outboxId: owner?.outboxId ?? null,
    leadId,
    fromAddress,
    subject: parsed.subject,
    receivedAt,
    visibleText: visible.text,
    intent: intent.intent,
    confidence: intent.confidence,
    secondaryIntent: intent.secondary ?? null,
    extracted: { ...intent.extracted, ...classificationRecord(intent) },
    needsReview: route.needsReview,
    actionTaken: route.actionTaken,
    actions: route.actions,
    routedAt: null,
  });
  // Another worker stored it first: that worker routes it.
  if (!inserted) return { status: 'duplicate', reply, notes: [] };
  const { notes } = await executeReplyRoute(dependencies, reply, route.actions);
  if (intent.layer === 'rules_fallback') notes.push(`intent from rules (model fallback: ${intent.fallbackReason})`);
  const routedAt = dependencies.clock.now();
  await dependencies.replies.markRouted(reply.id, route.actionTaken, routedAt);
  return { status: 'routed', reply: { ...reply, routedAt }, notes };
}
