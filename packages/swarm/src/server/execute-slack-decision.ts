import {
  approveApprovalBatch,
  approveQueuedDraft,
  executeApprovalBatchJob,
  rejectQueuedDraft,
  type DeskDependencies,
} from '../pipeline/approval/index.js';
import type { SlackApprovalDecision } from '../webhooks/index.js';

/** What a Slack decision did, for the response and the message update. */
export interface SlackDecisionOutcome {
  /** Human-readable, mrkdwn-safe summary such as `Approved by <@U123>`. */
  summary: string;
  /** True when a batch execution was enqueued rather than run in the request. */
  enqueued: boolean;
}

/**
 * Carries out a verified, once-claimed Slack decision with the approver's Slack id as the audit
 * actor (`slack:U123`). A single approval is approved or rejected in the request (a few writes,
 * well within Slack's 3 s window). A batch is approved in the request and its execution — up to
 * 500 items — is enqueued on {@link executeApprovalBatchJob}. Rejecting a batch changes nothing
 * stored: a frozen batch simply expires (SPEC §3.6 has no batch rejection state).
 *
 * @throws CaioError from the approval slice (`conflict` when already decided, `expired`, `not_found`).
 */
export async function executeSlackDecision(
  dependencies: DeskDependencies,
  decision: SlackApprovalDecision,
  previewHash: string,
): Promise<SlackDecisionOutcome> {
  const actor = `slack:${decision.approverUserId}`;
  const who = `<@${decision.approverUserId}>`;
  if ('approvalId' in decision) {
    if (decision.decision === 'approve') {
      await approveQueuedDraft(dependencies, { approvalId: decision.approvalId, actor });
      return { summary: `:white_check_mark: Approved by ${who}`, enqueued: false };
    }
    await rejectQueuedDraft(dependencies, {
      approvalId: decision.approvalId,
      actor,
      reason: `Rejected in Slack by ${actor}`,
    });
    return { summary: `:x: Rejected by ${who}`, enqueued: false };
  }
  if (decision.decision === 'reject') {
    return { summary: `:x: Batch rejected by ${who}; nothing will be sent`, enqueued: false };
  }
  await approveApprovalBatch(dependencies, { batchId: decision.batchId, previewHash, actor });
  await dependencies.jobs.send(
    executeApprovalBatchJob,
    { batchId: decision.batchId, actor },
    { singletonKey: `batch-execute:${decision.batchId}` },
  );
  return { summary: `:white_check_mark: Batch approved by ${who}; executing`, enqueued: true };
}
