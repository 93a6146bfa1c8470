import { createApprovalSchedulingOutbox } from '../outbound/conversation/index.js';
import type { ChatNotifier } from '../ports/chat-notifier.js';
import type { JobQueue } from '../ports/job-queue.js';
import type { SchedulingOutbox } from '../ports/scheduling-outbox.js';
import { conversationClosingFor } from './conversation-closing.js';
import type { System } from './open-system.js';
import { teamChannelNotify } from './team-channel-notify.js';

/**
 * SCHEDULER's outbox on an open system (SPEC §3.6, §7): messages become in-thread drafts with approvals of
 * their action's class under the configured mode, with the EM-1 footer (sender company and postal address,
 * the recipient's unsubscribe link); the REQUIRE_MANUAL_APPROVAL kill switch is read per message;
 * escalations post to `slack.approvalChannel` through the action gateway when Slack is configured.
 */
export function schedulingOutboxFor(
  system: Pick<System, 'config' | 'store' | 'clock' | 'killSwitches' | 'gateway' | 'unsubscribeSecret'>,
  jobs: JobQueue,
  options: { slack?: ChatNotifier } = {},
): SchedulingOutbox {
  const { config, clock } = system;
  const notify = teamChannelNotify(system, options.slack, 'system:scheduler');
  return createApprovalSchedulingOutbox({
    store: system.store,
    jobs,
    clock,
    mode: config.mode,
    approvalTimeoutMinutes: config.approval.timeoutMinutes,
    classOverrides: config.approval.classes,
    requireManualApproval: async () => (await system.killSwitches.read()).REQUIRE_MANUAL_APPROVAL,
    closing: conversationClosingFor(system),
    ...(notify ? { notify } : {}),
  });
}
