import { createConversationClosing, type ConversationClosing } from '../outbound/conversation/index.js';
import type { System } from './open-system.js';

/**
 * The EM-1 footer of in-thread conversation messages (reply drafts, SCHEDULER's messages) from the
 * system's `sender` (company, postal address) and `unsubscribe` settings and the deployment's
 * unsubscribe secret — the same footer cadence drafts carry.
 */
export function conversationClosingFor(
  system: Pick<System, 'config' | 'clock' | 'unsubscribeSecret'>,
): ConversationClosing {
  return createConversationClosing({
    sender: { company: system.config.sender.company, postalAddress: system.config.sender.postalAddress },
    unsubscribe: { baseUrl: system.config.unsubscribe.baseUrl, secret: system.unsubscribeSecret() },
    clock: system.clock,
  });
}
