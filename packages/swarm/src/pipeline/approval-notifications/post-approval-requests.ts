import type { ActionEffect, ActionGateway } from '../../guardrails/index.js';
import type { ApprovalDeskStore, ApprovalQueueEntry } from '../../ports/approval-desk-store.js';
import type { ChatMessageContent, ChatNotifier } from '../../ports/chat-notifier.js';
import type { Clock } from '../../ports/clock.js';
import type { OnceKeyStore } from '../../ports/once-key-store.js';
import { buildApprovalMessage } from './build-approval-message.js';

/** Item messages posted per round at most, so a large run never floods the approval channel. */
export const defaultApprovalRequestsPerRound = 20;

/** Who posts approval requests, as recorded in the audit trail. */
export const approvalRequestActor = 'system:approval-requests';

/** What posting approval requests needs. */
export interface ApprovalRequestPosterDependencies {
  desk: Pick<ApprovalDeskStore, 'listQueue'>;
  onceKeys: OnceKeyStore;
  gateway: ActionGateway;
  clock: Clock;
  slack: { notifier: ChatNotifier; channel: string };
  /** Dashboard base URL for the Edit link; Slack shows no Edit button target without it. */
  dashboardUrl: string;
  maxPerRound?: number;
}

/** Once per approval and content: an edit (new hash) posts a fresh message with fresh buttons. */
export function approvalRequestOnceKey(entry: Pick<ApprovalQueueEntry, 'approval'>): string {
  return `slack-request:${entry.approval.id}:${entry.approval.contentHash}`;
}

function messageFor(entry: ApprovalQueueEntry, dashboardUrl: string): ChatMessageContent {
  const { lead, draft, score, approval } = entry;
  return buildApprovalMessage({
    approvalId: approval.id,
    previewHash: approval.contentHash,
    dashboardUrl,
    lead: {
      name: [lead.firstName, lead.lastName].filter(Boolean).join(' ') || (lead.email ?? 'unknown lead'),
      title: lead.title,
      company: lead.companyName,
      tier: lead.tier,
    },
    score: score?.score ?? null,
    scoreReasons: score?.reasons ?? [],
    subjectA: draft.edited.subjectA ?? draft.subjectA,
    subjectB: draft.edited.subjectB ?? draft.subjectB,
    body: draft.edited.body ?? draft.body,
    action: approval.action,
    expiresAt: approval.dueAt,
  });
}

async function unpostedPending(
  dependencies: ApprovalRequestPosterDependencies,
  wanted: number,
): Promise<ApprovalQueueEntry[]> {
  const found: ApprovalQueueEntry[] = [];
  let cursor: string | null = null;
  do {
    const page = await dependencies.desk.listQueue({ status: 'pending', limit: 200, ...(cursor ? { cursor } : {}) });
    const claimed = await dependencies.onceKeys.claimedAmong(page.items.map(approvalRequestOnceKey));
    found.push(...page.items.filter((entry) => !claimed.has(approvalRequestOnceKey(entry))));
    cursor = page.nextCursor;
  } while (cursor && found.length < wanted);
  return found.slice(0, wanted);
}

/**
 * Posts a Block Kit approval request (Approve / Reject / Edit) to the approval channel for each pending
 * approval not yet posted, at most `maxPerRound` per call (SPEC §3.6 "Slack interactive messages").
 * Each post goes through the action gateway as `GATEKEEPER.notify_approval`, so kill switches and the
 * audit apply; a once-key per (approval, content hash) makes a repeated round post nothing twice, and a
 * refused or failed post gives its key back for the next round.
 *
 * @returns the approval ids posted in this round.
 */
export async function postApprovalRequests(dependencies: ApprovalRequestPosterDependencies): Promise<string[]> {
  const wanted = dependencies.maxPerRound ?? defaultApprovalRequestsPerRound;
  const entries = await unpostedPending(dependencies, wanted);
  const effect: ActionEffect<ChatMessageContent, string> = {
    live: async (request) => {
      const ref = await dependencies.slack.notifier.postMessage({
        channel: dependencies.slack.channel,
        ...request.payload,
      });
      return `slack message ${ref.ts}`;
    },
    shadow: async (requests) => requests.map(() => 'shadow: approval request not posted'),
    describe: (result) => result,
  };
  const posted: string[] = [];
  for (const entry of entries) {
    const key = approvalRequestOnceKey(entry);
    if (!(await dependencies.onceKeys.claim(key, { actor: approvalRequestActor, at: dependencies.clock.now() })))
      continue;
    const outcome = await dependencies.gateway.submit(
      {
        agent: 'GATEKEEPER',
        action: 'notify_approval',
        target: `approval:${entry.approval.id}`,
        payload: messageFor(entry, dependencies.dashboardUrl),
        evidence: [],
        idempotencyKey: key,
        actor: approvalRequestActor,
        summary: `approval request for draft ${entry.draft.id}`,
      },
      effect,
    );
    if (outcome.status === 'executed') posted.push(entry.approval.id);
    else await dependencies.onceKeys.release(key);
  }
  return posted;
}
