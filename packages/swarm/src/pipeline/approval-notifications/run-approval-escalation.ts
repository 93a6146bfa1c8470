import type { ActionEffect, ActionGateway, GatewayOutcome } from '../../guardrails/index.js';
import type { ApprovalDeskStore, ApprovalQueueEntry } from '../../ports/approval-desk-store.js';
import type { ApprovalExpiry } from '../../ports/approval-expiry.js';
import type { ChatNotifier } from '../../ports/chat-notifier.js';
import type { Clock } from '../../ports/clock.js';
import type { EmailSender } from '../../ports/email-sender.js';
import type { OnceKeyStore } from '../../ports/once-key-store.js';
import type { SmsSender } from '../../ports/sms-sender.js';
import type { ApprovalTimeouts } from './approval-timeouts.js';
import { escalatePendingApprovals, escalationOnceKey, type DueEscalation } from './escalate-pending-approvals.js';
import type { EscalationChannel } from './escalation-channels.js';
import { escalationMessage } from './escalation-message.js';
import { unescapeSlackMrkdwn } from './unescape-slack-mrkdwn.js';

/** Queue of the escalation round; scheduled every minute by `caio serve` (pg-boss cron `* * * * *`). */
export const approvalEscalationJob = 'approval-escalation';

/** The actor recorded for escalations and expiries (no human decided them). */
export const escalationActor = 'system:approval-timeout';

/** What an escalation round needs; channels that are not configured are skipped and reported. */
export interface ApprovalEscalationDependencies {
  desk: Pick<ApprovalDeskStore, 'listQueue'>;
  onceKeys: OnceKeyStore;
  expiry: ApprovalExpiry;
  /** Every notification passes the gateway (kill switches, permission matrix, audit). */
  gateway: ActionGateway;
  clock: Clock;
  timeouts: ApprovalTimeouts;
  slack?: { notifier: ChatNotifier; channel: string };
  sms?: { sender: SmsSender; recipients: readonly string[] };
  /** Level-3 email (config `approval.escalationEmails`, From `approval.escalationFrom` or `sender.email`). */
  email?: { sender: EmailSender; from: string; recipients: readonly string[] };
  dashboardUrl?: string;
}

/** One channel's result in a round. */
export interface EscalationDelivery {
  approvalId: string;
  level: 1 | 2 | 3;
  channel: EscalationChannel;
  /** The gateway outcome status, or `not_configured` when the channel has no transport. */
  status: GatewayOutcome<unknown>['status'] | 'not_configured';
}

/** What one round did. */
export interface EscalationRoundReport {
  deliveries: EscalationDelivery[];
  expired: string[];
}

interface EscalationPayload {
  channel: EscalationChannel;
  level: 1 | 2 | 3;
  text: string;
}

function channelEffect(dependencies: ApprovalEscalationDependencies): ActionEffect<EscalationPayload, string> {
  return {
    async live(request) {
      const { channel, level, text } = request.payload;
      if (channel === 'slack' && dependencies.slack) {
        const ref = await dependencies.slack.notifier.postMessage({ channel: dependencies.slack.channel, text });
        return `slack message ${ref.ts}`;
      }
      if (channel === 'sms' && dependencies.sms) {
        const receipts = [];
        for (const to of dependencies.sms.recipients)
          receipts.push(await dependencies.sms.sender.send({ to, body: text }));
        return `sms ${receipts.map((receipt) => receipt.id).join(', ')}`;
      }
      if (channel === 'email' && dependencies.email && dependencies.email.recipients.length > 0) {
        const receipt = await dependencies.email.sender.send({
          from: dependencies.email.from,
          to: [...dependencies.email.recipients],
          subject: `Approval escalation level ${level}: a draft is waiting for review`,
          text: unescapeSlackMrkdwn(text),
        });
        return `email ${receipt.messageId} to ${receipt.accepted.length} recipient(s)`;
      }
      // No mail transport configured: the gateway's audit event is the record of the email escalation.
      return 'email escalation recorded in the audit log (no mail transport configured)';
    },
    async shadow(requests) {
      return requests.map((request) => `shadow: ${request.payload.channel} escalation not sent`);
    },
    describe: (result) => result,
  };
}

function configured(dependencies: ApprovalEscalationDependencies, channel: EscalationChannel): boolean {
  if (channel === 'slack') return dependencies.slack !== undefined;
  if (channel === 'sms') return dependencies.sms !== undefined && dependencies.sms.recipients.length > 0;
  return true;
}

async function pendingEntries(desk: ApprovalEscalationDependencies['desk']): Promise<ApprovalQueueEntry[]> {
  const entries: ApprovalQueueEntry[] = [];
  let cursor: string | null = null;
  do {
    const page = await desk.listQueue({ status: 'pending', limit: 200, ...(cursor ? { cursor } : {}) });
    entries.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return entries;
}

async function deliver(
  dependencies: ApprovalEscalationDependencies,
  due: DueEscalation,
  entry: ApprovalQueueEntry,
): Promise<EscalationDelivery[]> {
  const now = dependencies.clock.now();
  const text = escalationMessage(entry, due.level, now, dependencies.dashboardUrl);
  const deliveries: EscalationDelivery[] = [];
  for (const channel of due.channels) {
    if (!configured(dependencies, channel)) {
      deliveries.push({ approvalId: due.approvalId, level: due.level, channel, status: 'not_configured' });
      continue;
    }
    const outcome = await dependencies.gateway.submit(
      {
        agent: 'GATEKEEPER',
        action: 'escalate_approval',
        target: `approval:${due.approvalId}`,
        payload: { channel, level: due.level, text },
        evidence: [],
        idempotencyKey: `${due.onceKey}:${channel}`,
        actor: escalationActor,
        summary: `escalation level ${due.level} via ${channel}`,
      },
      channelEffect(dependencies),
    );
    deliveries.push({ approvalId: due.approvalId, level: due.level, channel, status: outcome.status });
  }
  return deliveries;
}

/**
 * Runs one escalation round (SPEC §3.6 "Timeouts"): reads every pending approval, asks
 * {@link escalatePendingApprovals} what is due, records expired approvals as `expired` (draft
 * `expired`, lead back to `drafted` with "approval expired"), and sends each due level once through
 * the action gateway: the level's once-key (`escalation:<approvalId>:<level>`) is claimed in the
 * database first, so a second run — or a second server — sends nothing again. Sends are therefore
 * at-most-once: a failed notification is reported and audited, not retried; a level the gateway
 * refused on every channel (EMERGENCY_STOP, PAUSE_ALL_SENDS) is released and tried again next round. An approval is urgent
 * when its due time is at most the urgent timeout after its creation.
 *
 * @throws whatever the store throws (the job is retried; once-keys keep the retry harmless).
 */
export async function runApprovalEscalation(
  dependencies: ApprovalEscalationDependencies,
): Promise<EscalationRoundReport> {
  const now = dependencies.clock.now();
  const entries = await pendingEntries(dependencies.desk);
  const byId = new Map(entries.map((entry) => [entry.approval.id, entry]));
  const keys = entries.flatMap((entry) =>
    ([1, 2, 3] as const).map((level) => escalationOnceKey(entry.approval.id, level)),
  );
  const round = escalatePendingApprovals({
    now,
    pending: entries.map(({ approval }) => ({
      approvalId: approval.id,
      createdAt: approval.createdAt,
      urgent: approval.dueAt.getTime() - approval.createdAt.getTime() <= dependencies.timeouts.urgentMs,
    })),
    alreadySent: await dependencies.onceKeys.claimedAmong(keys),
    timeouts: dependencies.timeouts,
  });
  const report: EscalationRoundReport = { deliveries: [], expired: [] };
  for (const approvalId of round.expired) {
    if (await dependencies.expiry.expire(approvalId, { at: now, actor: escalationActor }))
      report.expired.push(approvalId);
  }
  for (const due of round.notifications) {
    const entry = byId.get(due.approvalId);
    if (!entry || !(await dependencies.onceKeys.claim(due.onceKey, { actor: escalationActor, at: now }))) continue;
    const deliveries = await deliver(dependencies, due, entry);
    // Refused by a kill switch or policy before anything left: give the level back so it is sent
    // once the switch is lifted, instead of being lost.
    if (deliveries.every((delivery) => delivery.status === 'refused')) await dependencies.onceKeys.release(due.onceKey);
    report.deliveries.push(...deliveries);
  }
  return report;
}
