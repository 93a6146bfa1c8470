import {
  approvalEscalationJob,
  postApprovalRequests,
  runApprovalEscalation,
  type ApprovalEscalationDependencies,
} from '../pipeline/approval-notifications/index.js';
import type { JobQueue } from '../ports/job-queue.js';
import { createApprovalDeskStore } from '../store/repositories/approval-desk-repository.js';
import { createApprovalExpiry } from '../store/repositories/approval-expiry-repository.js';
import { createOnceKeyStore } from '../store/repositories/once-key-repository.js';
import type { ApprovalIntegrations } from './approval-integrations.js';
import type { System } from './open-system.js';

/** pg-boss cron: every minute (UTC). */
export const approvalEscalationCron = '* * * * *';

/**
 * The escalation round's dependencies from an open {@link System} (SPEC §3.6): timeouts from
 * `approval.timeoutMinutes` / `approval.urgentTimeoutMinutes`, Slack to `slack.approvalChannel`, SMS
 * to `twilio.escalationTo`, level-3 email to `approval.escalationEmails` from
 * `approval.escalationFrom` (default `sender.email`), the dashboard link from `slack.dashboardUrl`,
 * and the system's gateway.
 */
export function approvalEscalationDependenciesFor(
  system: System,
  integrations: ApprovalIntegrations,
): ApprovalEscalationDependencies {
  const { config } = system;
  const emailRecipients = config.approval.escalationEmails;
  const db = system.database.db;
  return {
    desk: createApprovalDeskStore(db),
    onceKeys: createOnceKeyStore(db),
    expiry: createApprovalExpiry(db),
    gateway: system.gateway,
    clock: system.clock,
    timeouts: {
      defaultMs: config.approval.timeoutMinutes * 60_000,
      urgentMs: config.approval.urgentTimeoutMinutes * 60_000,
    },
    ...(integrations.slack && config.slack.approvalChannel
      ? { slack: { notifier: integrations.slack, channel: config.slack.approvalChannel } }
      : {}),
    ...(integrations.sms ? { sms: { sender: integrations.sms, recipients: config.twilio.escalationTo } } : {}),
    ...(integrations.email && emailRecipients.length > 0
      ? {
          email: {
            sender: integrations.email,
            from: config.approval.escalationFrom ?? config.sender.email,
            recipients: emailRecipients,
          },
        }
      : {}),
    ...(config.slack.dashboardUrl ? { dashboardUrl: config.slack.dashboardUrl } : {}),
  };
}

/**
 * Starts approval escalation in `caio serve` (and posts new approval requests to Slack in the same
 * round): registers the round as the handler of
 * {@link approvalEscalationJob} and schedules it every minute through pg-boss cron, which sends one
 * job per minute however many servers run (the once-keys make an extra round harmless anyway).
 *
 * @throws Error when the queue cannot schedule cron jobs.
 */
export async function startApprovalEscalation(
  jobs: JobQueue,
  dependencies: ApprovalEscalationDependencies,
  onReport: (summary: string) => void = () => undefined,
): Promise<void> {
  if (!jobs.schedule) throw new Error('Approval escalation needs a job queue with cron scheduling (pg-boss).');
  await jobs.work(approvalEscalationJob, async () => {
    const report = await runApprovalEscalation(dependencies);
    if (report.deliveries.length > 0 || report.expired.length > 0) {
      onReport(`approval escalation: ${report.deliveries.length} notification(s), ${report.expired.length} expired`);
    }
    // New approval requests are posted in the same minutely round, a few at a time.
    if (dependencies.slack) {
      const posted = await postApprovalRequests({
        ...dependencies,
        slack: dependencies.slack,
        dashboardUrl: dependencies.dashboardUrl ?? 'http://127.0.0.1:8080',
      });
      if (posted.length > 0) onReport(`approval requests: ${posted.length} posted to Slack`);
    }
  });
  await jobs.schedule(approvalEscalationJob, approvalEscalationCron);
}
