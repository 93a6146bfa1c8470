import type { LeadCandidate } from '../../domain/lead.js';
import type { LeadStatusStore } from '../../ports/lead-status-store.js';
import type { ApprovalRecord, LeadRepository, StoredDraft, SuppressionRepository } from '../../ports/pipeline-store.js';
import type { Clock } from '../../ports/clock.js';
import type { InboundReplyRecord } from '../../ports/inbound-reply-store.js';
import type { ReplyEffectsStore } from '../../ports/reply-effects-store.js';
import type { ObjectionType } from '../../threading/index.js';
import { conversationDraft, pendingApprovalOf } from '../../outbound/conversation/conversation-draft.js';
import { composeReplyDraft, type ReplyDraftInput, type ReplyDraftText } from './compose-reply-draft.js';
import { deterministicId } from './deterministic-id.js';
import type { ReplyAction } from './reply-action.js';

/** Name of the domain event a scheduling reply stores (ARCHITECTURE.md "Contracts"). */
export const schedulingRequestedEvent = 'scheduling-requested';

/** What executing a routing plan needs; `main/mailbox-polling.ts` wires the real ones. */
export interface ReplyRouteDependencies {
  leads: Pick<LeadRepository, 'findById' | 'upsertMany'>;
  statuses: Pick<LeadStatusStore, 'applyTransitions' | 'appendTimeline'>;
  suppression: Pick<SuppressionRepository, 'add'>;
  /** The EM-4 opt-out use case (`recordOptOut` with source `reply_intent`). */
  optOut: (request: { address: string; source: 'reply_intent'; reason: string }) => Promise<void>;
  effects: ReplyEffectsStore;
  /** Finds a draft by id (replay check). */
  findDraft: (id: string) => Promise<StoredDraft | null>;
  /** Stores a draft and its approval request in one transaction. */
  saveDraftForApproval: (draft: StoredDraft, approval: ApprovalRecord) => Promise<void>;
  /** Posts to the team channel through the action gateway (`gateChatNotifier`); absent = Slack not configured. */
  notify?: (text: string) => Promise<void>;
  /** Drafts the reply with a language model (defence-wrapped); absent = the deterministic template. */
  draftText?: (input: ReplyDraftInput & { visibleText: string }) => Promise<ReplyDraftText>;
  sender: { name: string; bookingLink: string | null };
  /** Appends the EM-1 footer (postal address, opt-out link) for the recipient (`createConversationClosing`). */
  closing: (body: string, recipient: string) => string;
  /** Approval timeout in minutes (SPEC §3.6 default 120). */
  approvalTimeoutMinutes: number;
  clock: Clock;
}

/** What the executor did beyond the plan's summary (for the poll report). */
export interface ReplyRouteOutcome {
  notes: string[];
}

const emailPattern = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function referralCandidate(address: string, referrerLeadId: string): LeadCandidate {
  const email = address.trim().toLowerCase();
  return {
    rowNumber: 0,
    firstName: null,
    lastName: null,
    title: null,
    seniority: null,
    email,
    emailKey: email,
    linkedinUrl: null,
    phone: null,
    companyName: null,
    companyDomain: email.split('@')[1] ?? null,
    industry: null,
    employeeCount: null,
    city: null,
    state: null,
    country: null,
    source: `referral:${referrerLeadId}`,
    attributes: { referred_by_lead_id: referrerLeadId },
  };
}

const messageIdPattern = /^<[^<>\s@]+@[^<>\s@]+>$/;

/**
 * The thread a reply draft answers: the prospect's message (In-Reply-To, when it has a well-formed
 * Message-ID), in the thread it was matched to; sent once per reply (`reply:<replyId>`).
 */
function replyConversation(reply: InboundReplyRecord) {
  const inReplyTo = reply.messageId && messageIdPattern.test(reply.messageId) ? reply.messageId : null;
  return {
    kind: 'reply' as const,
    threadKey: reply.threadKey ?? inReplyTo ?? `<reply-${reply.id}@caio.invalid>`,
    inReplyTo,
    idempotencyKey: `reply:${reply.id}`,
  };
}

async function draftReply(
  dependencies: ReplyRouteDependencies,
  reply: InboundReplyRecord,
  action: Extract<ReplyAction, { kind: 'draft_reply' }>,
  leadId: string,
): Promise<void> {
  const draftId = deterministicId(`reply-draft:${reply.id}`);
  if (await dependencies.findDraft(draftId)) return;
  const lead = await dependencies.leads.findById(leadId);
  const objectionType = reply.extracted.objectionType as ObjectionType | undefined;
  const input: ReplyDraftInput = {
    intent: action.intent,
    firstName: lead?.firstName ?? null,
    subject: reply.subject,
    senderName: dependencies.sender.name,
    bookingLink: dependencies.sender.bookingLink,
    ...(objectionType ? { objectionType } : {}),
  };
  const text = dependencies.draftText
    ? await dependencies.draftText({ ...input, visibleText: reply.visibleText })
    : composeReplyDraft(input);
  const observedAt = reply.receivedAt.toISOString();
  const draft = conversationDraft({
    id: draftId,
    leadId,
    angleId: `reply:${action.intent}`,
    subject: text.subject,
    body: dependencies.closing(text.body, reply.fromAddress),
    evidence: [
      { kind: 'reply.intent', value: `${reply.intent} (${reply.confidence.toFixed(2)})`, source: 'imap', observedAt },
      { kind: 'reply.thread', value: reply.threadKey ?? '', source: 'imap', observedAt },
    ],
    guardMode: 'reply',
    conversation: replyConversation(reply),
    createdAt: dependencies.clock.now(),
  });
  await dependencies.saveDraftForApproval(
    draft,
    pendingApprovalOf(draft, {
      id: deterministicId(`reply-approval:${reply.id}`),
      // COMMUNICATOR is CRAFTER's reply role (SPEC §2); the approval parks the send of the reply.
      agent: 'CRAFTER',
      action: action.approvalAction,
      approvalClass: action.approvalClass,
      timeoutMinutes: dependencies.approvalTimeoutMinutes,
    }),
  );
}

/**
 * Carries out a reply's routing plan (see `routeReply`) through the ports, in order. Every step is
 * idempotent (opt-outs, suppression, pauses per reply, the event per reply, the draft by a deterministic id),
 * so a plan replayed after a crash changes nothing twice. A failed Slack notification is noted, not thrown:
 * the reply and its event are already stored and the team sees it in the inbox.
 *
 * @throws the first failing store call's error (the poll then retries the whole plan).
 */
export async function executeReplyRoute(
  dependencies: ReplyRouteDependencies,
  reply: InboundReplyRecord,
  actions: readonly ReplyAction[],
): Promise<ReplyRouteOutcome> {
  const notes: string[] = [];
  const leadId = reply.leadId;
  const actor = `imap:${reply.mailbox}`;
  const at = dependencies.clock.now();
  for (const action of actions) {
    switch (action.kind) {
      case 'opt_out':
        await dependencies.optOut({
          address: action.address,
          source: 'reply_intent',
          reason: `reply intent: ${reply.intent}`,
        });
        break;
      case 'suppress_bounce':
        await dependencies.suppression.add({
          emailKey: action.address,
          reason: 'bounced',
          source: `imap_bounce:${action.status}`,
        });
        break;
      case 'record_timeline':
        if (leadId)
          await dependencies.statuses.appendTimeline([
            { leadId, at: reply.receivedAt, kind: action.timelineKind, detail: action.detail, source: actor },
          ]);
        break;
      case 'lead_status':
        if (leadId)
          await dependencies.statuses.applyTransitions([{ leadId, to: action.to, reason: action.reason, actor }]);
        break;
      case 'pause_automation':
        if (leadId)
          await dependencies.effects.pauseAutomation({
            leadId,
            threadKey: action.scope === 'thread' ? reply.threadKey : null,
            until: action.until === null ? null : new Date(action.until),
            reason: action.reason,
            replyId: reply.id,
            at,
          });
        break;
      case 'set_sales_stage':
        if (leadId)
          await dependencies.effects.setSalesStage({
            leadId,
            stage: action.stage,
            reason: `reply:${reply.intent}`,
            at,
          });
        break;
      case 'create_referral_lead': {
        if (!leadId) break;
        const addresses = action.contacts.filter((contact) => emailPattern.test(contact.trim()));
        const upserted = await dependencies.leads.upsertMany(
          addresses.map((address) => referralCandidate(address, leadId)),
        );
        for (const created of upserted) {
          if (created.lead.id === leadId) continue;
          await dependencies.effects.linkReferral({
            leadId: created.lead.id,
            referrerLeadId: leadId,
            replyId: reply.id,
            at,
          });
        }
        const names = action.contacts.length - addresses.length;
        if (names > 0) notes.push(`${names} referral contact(s) named without an address`);
        break;
      }
      case 'scheduling_requested':
        await dependencies.effects.recordDomainEvent(
          schedulingRequestedEvent,
          {
            replyId: reply.id,
            leadId,
            threadKey: reply.threadKey,
            ...(action.proposedTimes ? { proposedTimes: action.proposedTimes } : {}),
            ...(action.timezone ? { timezone: action.timezone } : {}),
          },
          at,
        );
        break;
      case 'notify_chat':
        if (!dependencies.notify) break;
        try {
          await dependencies.notify(action.text);
        } catch (error) {
          notes.push(`slack notification failed: ${(error as Error).message}`);
        }
        break;
      case 'draft_reply':
        if (leadId) await draftReply(dependencies, reply, action, leadId);
        break;
    }
  }
  return { notes };
}
