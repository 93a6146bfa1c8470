import { gateChatNotifier } from '../guardrails/gate-chat-notifier.js';
import type { ChatNotifier } from '../ports/chat-notifier.js';
import type { System } from './open-system.js';

/**
 * A post to the team's Slack channel (`slack.approvalChannel`) through the action gateway as `actor`, or
 * null when Slack or the channel is not configured — for optional `notify` dependencies (reply routing,
 * SCHEDULER escalations).
 */
export function teamChannelNotify(
  system: Pick<System, 'config' | 'gateway'>,
  slack: ChatNotifier | undefined,
  actor: string,
): ((text: string) => Promise<void>) | null {
  const channel = system.config.slack.approvalChannel;
  if (!slack || !channel) return null;
  const notifier = gateChatNotifier(slack, system.gateway, actor);
  return async (text) => void (await notifier.postMessage({ channel, text }));
}
