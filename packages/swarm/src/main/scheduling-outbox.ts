import { gateChatNotifier } from '../guardrails/gate-chat-notifier.js';
import { createApprovalSchedulingOutbox, createConversationClosing } from '../outbound/conversation/index.js';
import type { ChatNotifier } from '../ports/chat-notifier.js';
import type { JobQueue } from '../ports/job-queue.js';
import type { SchedulingOutbox } from '../ports/scheduling-outbox.js';
import type { System } from './open-system.js';

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
  const channel = config.slack.approvalChannel;
  const notifier =
    options.slack && channel ? gateChatNotifier(options.slack, system.gateway, 'system:scheduler') : undefined;
  return createApprovalSchedulingOutbox({
    store: system.store,
    jobs,
    clock,
    mode: config.mode,
    approvalTimeoutMinutes: config.approval.timeoutMinutes,
    classOverrides: config.approval.classes,
    requireManualApproval: async () => (await system.killSwitches.read()).REQUIRE_MANUAL_APPROVAL,
    closing: createConversationClosing({
      sender: { company: config.sender.company, postalAddress: config.sender.postalAddress },
      unsubscribe: { baseUrl: config.unsubscribe.baseUrl, secret: system.unsubscribeSecret() },
      clock,
    }),
    ...(notifier && channel
      ? { notify: async (text: string) => void (await notifier.postMessage({ channel, text })) }
      : {}),
  });
}
