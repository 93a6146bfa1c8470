import { createUnsubscribeToken, unsubscribeUrl } from '../../compliance/index.js';
import { footerDelimiter } from '../../pipeline/craft/index.js';
import { coldOutreachList } from '../../pipeline/run/craft-chunk.js';
import type { Clock } from '../../ports/clock.js';

/** What the footer of a conversation message shows and how its unsubscribe link is made. */
export interface ConversationClosingSettings {
  sender: { company: string; postalAddress: string };
  unsubscribe: { baseUrl: string; secret: string };
  clock: Clock;
}

/** Appends the EM-1 footer to a conversation message's body for `recipient`. */
export type ConversationClosing = (body: string, recipient: string) => string;

/**
 * The footer every in-thread conversation message carries (specs/security.md EM-1; SPEC §3.4 CAN-SPAM):
 * after the standard `-- ` delimiter, the sender's company and postal address and a plain opt-out
 * sentence with the recipient's own unsubscribe link (HMAC token, ARCHITECTURE.md "Unsubscribe links") —
 * the same footer the crafter appends to cadence drafts, so the send-time lint passes and the approver sees
 * exactly what leaves. A body that already carries a footer is returned unchanged (a replayed producer).
 */
export function createConversationClosing(settings: ConversationClosingSettings): ConversationClosing {
  return (body, recipient) => {
    if (body.includes(footerDelimiter)) return body;
    const token = createUnsubscribeToken(settings.unsubscribe.secret, recipient, coldOutreachList, {
      issuedAt: settings.clock.now(),
    });
    const footer =
      `${settings.sender.company}, ${settings.sender.postalAddress}\n` +
      `If you would rather not hear from me again, unsubscribe here: ${unsubscribeUrl(settings.unsubscribe.baseUrl, token)}`;
    return `${body.trimEnd()}${footerDelimiter}${footer}\n`;
  };
}
