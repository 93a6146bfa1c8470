import type { ApprovalClass, Mode } from '../../domain/agents.js';
import { decideApproval } from '../../guardrails/index.js';
import { deterministicId } from '../../inbound/replies/deterministic-id.js';
import { approveQueuedDraft } from '../../pipeline/approval/index.js';
import type { Clock } from '../../ports/clock.js';
import type { JobQueue } from '../../ports/job-queue.js';
import type { DraftConversation, Store } from '../../ports/pipeline-store.js';
import type { SchedulingMessage, SchedulingOutbox } from '../../ports/scheduling-outbox.js';
import type { ConversationClosing } from './conversation-closing.js';
import { conversationDraft, draftConversation, pendingApprovalOf, saveDraftForApproval } from './conversation-draft.js';

/** What {@link createApprovalSchedulingOutbox} needs; the composition root wires the real ones. */
export interface ConversationOutboxDependencies {
  store: Store;
  jobs: JobQueue;
  clock: Clock;
  mode: Mode;
  /** Minutes before an unanswered approval escalates (SPEC §3.6 default 120). */
  approvalTimeoutMinutes: number;
  /** `approval.classes` overrides (SPEC §3.6 "configurable per action"). */
  classOverrides?: Readonly<Record<string, ApprovalClass>>;
  /** The REQUIRE_MANUAL_APPROVAL kill switch, read per message. */
  requireManualApproval: () => Promise<boolean>;
  /** The EM-1 footer (see `createConversationClosing`). */
  closing: ConversationClosing;
  /** Posts escalations to the team channel through the action gateway; absent = Slack not configured. */
  notify?: (text: string) => Promise<void>;
}

/** The actor recorded when the SMART rule approves a message without a person (SPEC §3.6). */
export const smartApprover = 'GATEKEEPER:smart';

/**
 * SCHEDULER's messages are rendered entirely by its built-in templates (proposal, invite, cancel,
 * reminder; specs/scheduling.md §6.6), which are the approved templates of the SMART rule, so their
 * similarity is 1. A user who wants a person on every one reclassifies the action (`approval.classes`).
 */
const builtInTemplateSimilarity = 1;

function conversationOf(message: SchedulingMessage): DraftConversation {
  return draftConversation({
    kind: message.action,
    threadKey: message.threadKey,
    inReplyTo: message.inReplyTo ?? null,
    headers: { ...message.headers },
    calendar: message.calendar ?? null,
    idempotencyKey: message.idempotencyKey,
    schedulingConversationId: message.conversationId,
    meetingStart: message.action === 'calendar_invite_create' ? (message.meetingStart ?? null) : null,
  });
}

/**
 * The {@link SchedulingOutbox} over the approval desk (SPEC §3.6 mode × class, §7): each message becomes
 * an in-thread draft (sequence step 0, EM-1 footer appended) with a pending approval of its action's
 * class — `scheduling_response` and `reminder_send` SMART, `calendar_invite_create` ALWAYS unless
 * reclassified. Where the mode × class table says `auto` (SMART outside shadow mode), the message is
 * approved at once as {@link smartApprover} and its send job enqueued in the same transaction; otherwise
 * it waits for a person (`caio approve`, the dashboard, Slack). Approving an invite makes the send worker
 * re-run the booking guard before it leaves. Idempotent per `message.idempotencyKey`: a replayed
 * conversation step finds its draft and adds nothing. Escalations are audited and posted to Slack.
 *
 * @throws the store's error when the draft cannot be stored (the conversation step then fails and retries).
 */
export function createApprovalSchedulingOutbox(dependencies: ConversationOutboxDependencies): SchedulingOutbox {
  const { store, clock } = dependencies;
  return {
    async submit(message) {
      const draftId = deterministicId(`conversation-draft:${message.idempotencyKey}`);
      if (await store.drafts.findById(draftId)) return;
      const createdAt = clock.now();
      const draft = conversationDraft({
        id: draftId,
        leadId: message.leadId,
        angleId: `scheduling:${message.action}`,
        subject: message.subject,
        body: dependencies.closing(message.text, message.to),
        evidence: [
          {
            kind: 'scheduling.conversation',
            value: `${message.action} in conversation ${message.conversationId}`,
            source: 'scheduler',
            observedAt: createdAt.toISOString(),
          },
        ],
        guardMode: 'scheduling',
        conversation: conversationOf(message),
        createdAt,
      });
      const decision = decideApproval({
        mode: dependencies.mode,
        approvalAction: message.action,
        ...(dependencies.classOverrides ? { classOverrides: dependencies.classOverrides } : {}),
        templateSimilarity: builtInTemplateSimilarity,
        risk: message.action === 'calendar_invite_create' ? 'medium' : 'low',
        requireManualApproval: await dependencies.requireManualApproval(),
      });
      const approval = pendingApprovalOf(draft, {
        id: deterministicId(`conversation-approval:${message.idempotencyKey}`),
        agent: 'SCHEDULER',
        action: message.action,
        approvalClass: decision.approvalClass,
        timeoutMinutes: dependencies.approvalTimeoutMinutes,
      });
      await saveDraftForApproval(store, draft, approval);
      if (decision.verdict === 'auto') {
        await approveQueuedDraft(
          { store, jobs: dependencies.jobs, clock, mode: dependencies.mode },
          { approvalId: approval.id, actor: smartApprover },
        );
      }
    },

    async escalate(escalation) {
      const now = clock.now();
      await store.audit.record([
        {
          at: now,
          agent: 'SCHEDULER',
          action: 'escalate',
          target: `lead:${escalation.leadId}`,
          actor: 'SCHEDULER',
          inputSummary: `scheduling conversation ${escalation.conversationId}`,
          outputSummary: escalation.summary,
          approvalStatus: null,
          evidence: [],
          durationMs: 0,
          outcome: 'parked',
          reasonCode: escalation.reason,
          idempotencyKey: `scheduling-escalation:${escalation.conversationId}:${escalation.reason}`,
          runId: null,
        },
      ]);
      // The audit row is the record; a failed Slack post must not fail the conversation step.
      await dependencies
        .notify?.(`Scheduling needs a person (${escalation.reason}): ${escalation.summary}`)
        .catch(() => undefined);
    },
  };
}
